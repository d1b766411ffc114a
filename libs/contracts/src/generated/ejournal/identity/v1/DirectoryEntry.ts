// Original file: proto/ejournal/identity/v1/identity.proto

import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from '../../../ejournal/identity/v1/Grant';

export interface DirectoryEntry {
  'personId'?: (string);
  'kind'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
  'classId'?: (string);
  'grants'?: (_ejournal_identity_v1_Grant)[];
}

export interface DirectoryEntry__Output {
  'personId': (string);
  'kind': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
  'classId': (string);
  'grants': (_ejournal_identity_v1_Grant__Output)[];
}
