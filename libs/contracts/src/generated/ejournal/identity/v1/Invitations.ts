// Original file: proto/ejournal/identity/v1/identity.proto

import type { Invitation as _ejournal_identity_v1_Invitation, Invitation__Output as _ejournal_identity_v1_Invitation__Output } from '../../../ejournal/identity/v1/Invitation';

export interface Invitations {
  'invitations'?: (_ejournal_identity_v1_Invitation)[];
}

export interface Invitations__Output {
  'invitations': (_ejournal_identity_v1_Invitation__Output)[];
}
