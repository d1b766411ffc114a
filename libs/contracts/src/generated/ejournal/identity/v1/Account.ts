// Original file: proto/ejournal/identity/v1/identity.proto

import type { Grant as _ejournal_identity_v1_Grant, Grant__Output as _ejournal_identity_v1_Grant__Output } from '../../../ejournal/identity/v1/Grant';
import type { Long } from '@grpc/proto-loader';

export interface Account {
  'id'?: (string);
  'login'?: (string);
  'personId'?: (string);
  'status'?: (string);
  'grants'?: (_ejournal_identity_v1_Grant)[];
  'mustChangePassword'?: (boolean);
  'version'?: (number | string | Long);
}

export interface Account__Output {
  'id': (string);
  'login': (string);
  'personId': (string);
  'status': (string);
  'grants': (_ejournal_identity_v1_Grant__Output)[];
  'mustChangePassword': (boolean);
  'version': (string);
}
