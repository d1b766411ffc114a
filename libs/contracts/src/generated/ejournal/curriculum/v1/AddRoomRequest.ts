// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface AddRoomRequest {
  'schoolId'?: (string);
  'name'?: (string);
  'capacity'?: (number);
}

export interface AddRoomRequest__Output {
  'schoolId': (string);
  'name': (string);
  'capacity': (number);
}
