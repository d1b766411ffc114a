// Original file: proto/ejournal/reports/v1/reports.proto


export interface SummaryCell {
  'subjectId'?: (string);
  'average'?: (number | string);
  'proposed'?: (number);
  'final'?: (number);
  'marks'?: (number);
  'notEnoughMarks'?: (boolean);
  'notAttested'?: (boolean);
}

export interface SummaryCell__Output {
  'subjectId': (string);
  'average': (number);
  'proposed': (number);
  'final': (number);
  'marks': (number);
  'notEnoughMarks': (boolean);
  'notAttested': (boolean);
}
