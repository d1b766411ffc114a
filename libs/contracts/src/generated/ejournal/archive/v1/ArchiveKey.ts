// Original file: proto/ejournal/archive/v1/archive.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ArchiveKey {
  'keyId'?: (string);
  'schoolId'?: (string);
  'algorithm'?: (string);
  'publicKeyPem'?: (string);
  'validFrom'?: (_google_protobuf_Timestamp | null);
  'validUntil'?: (_google_protobuf_Timestamp | null);
}

export interface ArchiveKey__Output {
  'keyId': (string);
  'schoolId': (string);
  'algorithm': (string);
  'publicKeyPem': (string);
  'validFrom': (_google_protobuf_Timestamp__Output | null);
  'validUntil': (_google_protobuf_Timestamp__Output | null);
}
