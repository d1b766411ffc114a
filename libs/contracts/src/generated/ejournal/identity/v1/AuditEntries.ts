// Original file: proto/ejournal/identity/v1/identity.proto

import type { AuditEntry as _ejournal_identity_v1_AuditEntry, AuditEntry__Output as _ejournal_identity_v1_AuditEntry__Output } from '../../../ejournal/identity/v1/AuditEntry';

export interface AuditEntries {
  'entries'?: (_ejournal_identity_v1_AuditEntry)[];
}

export interface AuditEntries__Output {
  'entries': (_ejournal_identity_v1_AuditEntry__Output)[];
}
