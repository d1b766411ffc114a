// Original file: proto/ejournal/identity/v1/identity.proto

import type { DirectoryEntry as _ejournal_identity_v1_DirectoryEntry, DirectoryEntry__Output as _ejournal_identity_v1_DirectoryEntry__Output } from '../../../ejournal/identity/v1/DirectoryEntry';

export interface SchoolDirectory {
  'schoolId'?: (string);
  'people'?: (_ejournal_identity_v1_DirectoryEntry)[];
}

export interface SchoolDirectory__Output {
  'schoolId': (string);
  'people': (_ejournal_identity_v1_DirectoryEntry__Output)[];
}
