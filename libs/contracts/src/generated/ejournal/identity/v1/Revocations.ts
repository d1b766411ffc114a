// Original file: proto/ejournal/identity/v1/identity.proto

import type { Revocation as _ejournal_identity_v1_Revocation, Revocation__Output as _ejournal_identity_v1_Revocation__Output } from '../../../ejournal/identity/v1/Revocation';
import type { SessionRevocation as _ejournal_identity_v1_SessionRevocation, SessionRevocation__Output as _ejournal_identity_v1_SessionRevocation__Output } from '../../../ejournal/identity/v1/SessionRevocation';

export interface Revocations {
  'revocations'?: (_ejournal_identity_v1_Revocation)[];
  'sessions'?: (_ejournal_identity_v1_SessionRevocation)[];
}

export interface Revocations__Output {
  'revocations': (_ejournal_identity_v1_Revocation__Output)[];
  'sessions': (_ejournal_identity_v1_SessionRevocation__Output)[];
}
