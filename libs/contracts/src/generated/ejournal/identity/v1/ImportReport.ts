// Original file: proto/ejournal/identity/v1/identity.proto

import type { ImportError as _ejournal_identity_v1_ImportError, ImportError__Output as _ejournal_identity_v1_ImportError__Output } from '../../../ejournal/identity/v1/ImportError';
import type { ImportedPerson as _ejournal_identity_v1_ImportedPerson, ImportedPerson__Output as _ejournal_identity_v1_ImportedPerson__Output } from '../../../ejournal/identity/v1/ImportedPerson';

export interface ImportReport {
  'imported'?: (boolean);
  'people'?: (number);
  'accounts'?: (number);
  'errors'?: (_ejournal_identity_v1_ImportError)[];
  'created'?: (_ejournal_identity_v1_ImportedPerson)[];
}

export interface ImportReport__Output {
  'imported': (boolean);
  'people': (number);
  'accounts': (number);
  'errors': (_ejournal_identity_v1_ImportError__Output)[];
  'created': (_ejournal_identity_v1_ImportedPerson__Output)[];
}
