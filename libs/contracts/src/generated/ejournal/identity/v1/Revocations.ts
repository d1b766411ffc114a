// Original file: proto/ejournal/identity/v1/identity.proto

import type { Revocation as _ejournal_identity_v1_Revocation, Revocation__Output as _ejournal_identity_v1_Revocation__Output } from '../../../ejournal/identity/v1/Revocation';

export interface Revocations {
  'revocations'?: (_ejournal_identity_v1_Revocation)[];
}

export interface Revocations__Output {
  'revocations': (_ejournal_identity_v1_Revocation__Output)[];
}
