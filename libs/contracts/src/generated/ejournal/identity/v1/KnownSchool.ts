// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface KnownSchool {
  'schoolId'?: (string);
  'shortName'?: (string);
  'knownSince'?: (_google_protobuf_Timestamp | null);
  'version'?: (number | string | Long);
}

export interface KnownSchool__Output {
  'schoolId': (string);
  'shortName': (string);
  'knownSince': (_google_protobuf_Timestamp__Output | null);
  'version': (string);
}
