// Original file: proto/ejournal/identity/v1/identity.proto

import type { PupilName as _ejournal_identity_v1_PupilName, PupilName__Output as _ejournal_identity_v1_PupilName__Output } from '../../../ejournal/identity/v1/PupilName';

export interface PupilNames {
  'pupils'?: (_ejournal_identity_v1_PupilName)[];
}

export interface PupilNames__Output {
  'pupils': (_ejournal_identity_v1_PupilName__Output)[];
}
