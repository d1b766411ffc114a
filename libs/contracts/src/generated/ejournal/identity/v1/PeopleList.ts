// Original file: proto/ejournal/identity/v1/identity.proto

import type { PersonWithAccounts as _ejournal_identity_v1_PersonWithAccounts, PersonWithAccounts__Output as _ejournal_identity_v1_PersonWithAccounts__Output } from '../../../ejournal/identity/v1/PersonWithAccounts';

export interface PeopleList {
  'people'?: (_ejournal_identity_v1_PersonWithAccounts)[];
}

export interface PeopleList__Output {
  'people': (_ejournal_identity_v1_PersonWithAccounts__Output)[];
}
