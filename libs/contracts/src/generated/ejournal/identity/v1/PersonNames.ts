// Original file: proto/ejournal/identity/v1/identity.proto

import type { PersonName as _ejournal_identity_v1_PersonName, PersonName__Output as _ejournal_identity_v1_PersonName__Output } from '../../../ejournal/identity/v1/PersonName';

export interface PersonNames {
  'names'?: (_ejournal_identity_v1_PersonName)[];
}

export interface PersonNames__Output {
  'names': (_ejournal_identity_v1_PersonName__Output)[];
}
