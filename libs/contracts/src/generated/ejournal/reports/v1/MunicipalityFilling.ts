// Original file: proto/ejournal/reports/v1/reports.proto


export interface MunicipalityFilling {
  'municipality'?: (string);
  'schools'?: (number);
  'lessonsHeld'?: (number);
  'withoutTopic'?: (number);
  'filledShare'?: (number | string);
  'schoolsWithUnclosedPeriods'?: (number);
}

export interface MunicipalityFilling__Output {
  'municipality': (string);
  'schools': (number);
  'lessonsHeld': (number);
  'withoutTopic': (number);
  'filledShare': (number);
  'schoolsWithUnclosedPeriods': (number);
}
