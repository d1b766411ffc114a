// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface School {
  'id'?: (string);
  'name'?: (string);
  'shortName'?: (string);
  'municipality'?: (string);
  'registeredAt'?: (_google_protobuf_Timestamp | null);
  'version'?: (number | string | Long);
}

export interface School__Output {
  'id': (string);
  'name': (string);
  'shortName': (string);
  'municipality': (string);
  'registeredAt': (_google_protobuf_Timestamp__Output | null);
  'version': (string);
}
