// Original file: proto/ejournal/reports/v1/reports.proto


export interface SchoolFilling {
  'schoolId'?: (string);
  'name'?: (string);
  'municipality'?: (string);
  'lessonsHeld'?: (number);
  'withoutTopic'?: (number);
  'withoutHomework'?: (number);
  'recordedLate'?: (number);
  'filledShare'?: (number | string);
  'unclosedPeriods'?: (string)[];
}

export interface SchoolFilling__Output {
  'schoolId': (string);
  'name': (string);
  'municipality': (string);
  'lessonsHeld': (number);
  'withoutTopic': (number);
  'withoutHomework': (number);
  'recordedLate': (number);
  'filledShare': (number);
  'unclosedPeriods': (string)[];
}
