// Original file: proto/ejournal/reports/v1/reports.proto


export interface RegionOverviewRequest {
  'municipality'?: (string);
  'from'?: (string);
  'to'?: (string);
  'format'?: (string);
}

export interface RegionOverviewRequest__Output {
  'municipality': (string);
  'from': (string);
  'to': (string);
  'format': (string);
}
