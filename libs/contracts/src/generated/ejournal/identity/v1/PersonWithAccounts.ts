// Original file: proto/ejournal/identity/v1/identity.proto

import type { Person as _ejournal_identity_v1_Person, Person__Output as _ejournal_identity_v1_Person__Output } from '../../../ejournal/identity/v1/Person';
import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from '../../../ejournal/identity/v1/Grant';

export interface _ejournal_identity_v1_PersonWithAccounts_AccountSummary {
  'id'?: (string);
  'login'?: (string);
  'status'?: (string);
  'grants'?: (_ejournal_identity_v1_Grant)[];
}

export interface _ejournal_identity_v1_PersonWithAccounts_AccountSummary__Output {
  'id': (string);
  'login': (string);
  'status': (string);
  'grants': (_ejournal_identity_v1_Grant__Output)[];
}

export interface PersonWithAccounts {
  'person'?: (_ejournal_identity_v1_Person | null);
  'accounts'?: (_ejournal_identity_v1_PersonWithAccounts_AccountSummary)[];
}

export interface PersonWithAccounts__Output {
  'person': (_ejournal_identity_v1_Person__Output | null);
  'accounts': (_ejournal_identity_v1_PersonWithAccounts_AccountSummary__Output)[];
}
