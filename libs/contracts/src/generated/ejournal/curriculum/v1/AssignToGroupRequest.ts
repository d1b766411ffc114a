// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface AssignToGroupRequest {
  'classId'?: (string);
  'groupId'?: (string);
  'studentIds'?: (string)[];
  'from'?: (string);
}

export interface AssignToGroupRequest__Output {
  'classId': (string);
  'groupId': (string);
  'studentIds': (string)[];
  'from': (string);
}
