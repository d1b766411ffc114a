// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface CreateClassRequest {
  'yearId'?: (string);
  'grade'?: (number);
  'letter'?: (string);
  'classTeacherId'?: (string);
  'shift'?: (number);
}

export interface CreateClassRequest__Output {
  'yearId': (string);
  'grade': (number);
  'letter': (string);
  'classTeacherId': (string);
  'shift': (number);
}
