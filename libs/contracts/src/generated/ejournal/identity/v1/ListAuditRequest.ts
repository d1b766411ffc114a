// Original file: proto/ejournal/identity/v1/identity.proto


export interface ListAuditRequest {
  'schoolId'?: (string);
  'limit'?: (number);
}

export interface ListAuditRequest__Output {
  'schoolId': (string);
  'limit': (number);
}
