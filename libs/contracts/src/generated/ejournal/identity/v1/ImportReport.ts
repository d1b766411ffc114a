// Original file: proto/ejournal/identity/v1/identity.proto

import type { ImportError as _ejournal_identity_v1_ImportError, ImportError__Output as _ejournal_identity_v1_ImportError__Output } from '../../../ejournal/identity/v1/ImportError';
import type { ImportedAccount as _ejournal_identity_v1_ImportedAccount, ImportedAccount__Output as _ejournal_identity_v1_ImportedAccount__Output } from '../../../ejournal/identity/v1/ImportedAccount';

export interface ImportReport {
  'imported'?: (boolean);
  'people'?: (number);
  'accounts'?: (number);
  'errors'?: (_ejournal_identity_v1_ImportError)[];
  'createdAccounts'?: (_ejournal_identity_v1_ImportedAccount)[];
}

export interface ImportReport__Output {
  'imported': (boolean);
  'people': (number);
  'accounts': (number);
  'errors': (_ejournal_identity_v1_ImportError__Output)[];
  'createdAccounts': (_ejournal_identity_v1_ImportedAccount__Output)[];
}
