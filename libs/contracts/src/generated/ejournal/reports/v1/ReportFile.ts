// Original file: proto/ejournal/reports/v1/reports.proto


export interface ReportFile {
  'contentType'?: (string);
  'fileName'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface ReportFile__Output {
  'contentType': (string);
  'fileName': (string);
  'content': (Buffer);
}
