// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface FinalProposal {
  'studentId'?: (string);
  'average'?: (number | string);
  'proposed'?: (number);
  'counted'?: (number);
  'notEnoughMarks'?: (boolean);
  'written'?: (number);
  'minimum'?: (number);
  'minimumWritten'?: (number);
}

export interface FinalProposal__Output {
  'studentId': (string);
  'average': (number);
  'proposed': (number);
  'counted': (number);
  'notEnoughMarks': (boolean);
  'written': (number);
  'minimum': (number);
  'minimumWritten': (number);
}
