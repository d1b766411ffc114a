// Original file: proto/ejournal/identity/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

export interface Person {
  'id'?: (string);
  'uid'?: (number | string | Long);
  'kind'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
  'birthDate'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'schoolId'?: (string);
  'classId'?: (string);
}

export interface Person__Output {
  'id': (string);
  'uid': (string);
  'kind': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
  'birthDate': (string);
  'email': (string);
  'phone': (string);
  'schoolId': (string);
  'classId': (string);
}
