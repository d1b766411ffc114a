// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface CurriculumLine {
  'subjectId'?: (string);
  'hoursPerWeek'?: (number | string);
  'elective'?: (boolean);
  'passFail'?: (boolean);
}

export interface CurriculumLine__Output {
  'subjectId': (string);
  'hoursPerWeek': (number);
  'elective': (boolean);
  'passFail': (boolean);
}
