// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface DefineGroupRequest {
  'classId'?: (string);
  'subjectId'?: (string);
  'name'?: (string);
}

export interface DefineGroupRequest__Output {
  'classId': (string);
  'subjectId': (string);
  'name': (string);
}
