// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetRosterRequest {
  'classId'?: (string);
  'groupId'?: (string);
  'date'?: (string);
}

export interface GetRosterRequest__Output {
  'classId': (string);
  'groupId': (string);
  'date': (string);
}
