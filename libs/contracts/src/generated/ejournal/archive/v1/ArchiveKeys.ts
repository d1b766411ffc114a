// Original file: proto/ejournal/archive/v1/archive.proto

import type { ArchiveKey as _ejournal_archive_v1_ArchiveKey, ArchiveKey__Output as _ejournal_archive_v1_ArchiveKey__Output } from '../../../ejournal/archive/v1/ArchiveKey';

export interface ArchiveKeys {
  'keys'?: (_ejournal_archive_v1_ArchiveKey)[];
}

export interface ArchiveKeys__Output {
  'keys': (_ejournal_archive_v1_ArchiveKey__Output)[];
}
