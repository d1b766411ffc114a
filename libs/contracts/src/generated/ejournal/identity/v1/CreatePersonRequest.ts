// Original file: proto/ejournal/identity/v1/identity.proto

import type { Person as _ejournal_identity_v1_Person, Person__Output as _ejournal_identity_v1_Person__Output } from '../../../ejournal/identity/v1/Person';
import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from '../../../ejournal/identity/v1/Grant';

export interface CreatePersonRequest {
  'schoolId'?: (string);
  'person'?: (_ejournal_identity_v1_Person | null);
  'login'?: (string);
  'grants'?: (_ejournal_identity_v1_Grant)[];
}

export interface CreatePersonRequest__Output {
  'schoolId': (string);
  'person': (_ejournal_identity_v1_Person__Output | null);
  'login': (string);
  'grants': (_ejournal_identity_v1_Grant__Output)[];
}
