// Original file: proto/ejournal/identity/v1/identity.proto

import type { ContactAddress as _ejournal_identity_v1_ContactAddress, ContactAddress__Output as _ejournal_identity_v1_ContactAddress__Output } from '../../../ejournal/identity/v1/ContactAddress';

export interface ContactAddresses {
  'addresses'?: (_ejournal_identity_v1_ContactAddress)[];
}

export interface ContactAddresses__Output {
  'addresses': (_ejournal_identity_v1_ContactAddress__Output)[];
}
