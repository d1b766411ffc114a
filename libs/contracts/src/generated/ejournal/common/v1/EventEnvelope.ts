// Original file: proto/ejournal/common/v1/envelope.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface EventEnvelope {
  'id'?: (string);
  'type'?: (string);
  'occurredAt'?: (_google_protobuf_Timestamp | null);
  'producer'?: (string);
  'schoolId'?: (string);
  'aggregateId'?: (string);
  'aggregateVersion'?: (number | string | Long);
  'traceparent'?: (string);
  'tracestate'?: (string);
  'payload'?: (Buffer | Uint8Array | string);
}

export interface EventEnvelope__Output {
  'id': (string);
  'type': (string);
  'occurredAt': (_google_protobuf_Timestamp__Output | null);
  'producer': (string);
  'schoolId': (string);
  'aggregateId': (string);
  'aggregateVersion': (string);
  'traceparent': (string);
  'tracestate': (string);
  'payload': (Buffer);
}
