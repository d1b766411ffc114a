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
  'diaryOpenings'?: (number);
  'diaryOpeningsPerWeek'?: (number | string);
  'pupilsOpenedPerWeek'?: (number | string);
  'pupils'?: (number);
  'pupilsWithoutParents'?: (number);
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
  'diaryOpenings': (number);
  'diaryOpeningsPerWeek': (number);
  'pupilsOpenedPerWeek': (number);
  'pupils': (number);
  'pupilsWithoutParents': (number);
}
