// Original file: proto/ejournal/identity/v1/identity.proto

import type { Person as _ejournal_identity_v1_Person, Person__Output as _ejournal_identity_v1_Person__Output } from '../../../ejournal/identity/v1/Person';

export interface PersonCreated {
  'person'?: (_ejournal_identity_v1_Person | null);
  'accountId'?: (string);
  'temporaryPassword'?: (string);
}

export interface PersonCreated__Output {
  'person': (_ejournal_identity_v1_Person__Output | null);
  'accountId': (string);
  'temporaryPassword': (string);
}
