// Original file: proto/ejournal/archive/v1/archive.proto

import type { Archiving as _ejournal_archive_v1_Archiving, Archiving__Output as _ejournal_archive_v1_Archiving__Output } from '../../../ejournal/archive/v1/Archiving';

export interface Archivings {
  'archivings'?: (_ejournal_archive_v1_Archiving)[];
}

export interface Archivings__Output {
  'archivings': (_ejournal_archive_v1_Archiving__Output)[];
}
