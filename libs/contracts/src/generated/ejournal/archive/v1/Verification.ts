// Original file: proto/ejournal/archive/v1/archive.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Verification {
  'valid'?: (boolean);
  'contentIntact'?: (boolean);
  'signatureValid'?: (boolean);
  'keyKnown'?: (boolean);
  'keyValidAtSigning'?: (boolean);
  'hash'?: (string);
  'keyId'?: (string);
  'signer'?: (string);
  'signedAt'?: (_google_protobuf_Timestamp | null);
  'problem'?: (string);
}

export interface Verification__Output {
  'valid': (boolean);
  'contentIntact': (boolean);
  'signatureValid': (boolean);
  'keyKnown': (boolean);
  'keyValidAtSigning': (boolean);
  'hash': (string);
  'keyId': (string);
  'signer': (string);
  'signedAt': (_google_protobuf_Timestamp__Output | null);
  'problem': (string);
}
