// Original file: proto/ejournal/identity/v1/identity.proto

import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from '../../../ejournal/identity/v1/Grant';

export interface RemoveGrantRequest {
  'accountId'?: (string);
  'grant'?: (_ejournal_identity_v1_Grant | null);
}

export interface RemoveGrantRequest__Output {
  'accountId': (string);
  'grant': (_ejournal_identity_v1_Grant__Output | null);
}
