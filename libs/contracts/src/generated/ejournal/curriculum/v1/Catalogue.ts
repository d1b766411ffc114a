// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Subject as _ejournal_curriculum_v1_Subject, Subject__Output as _ejournal_curriculum_v1_Subject__Output } from '../../../ejournal/curriculum/v1/Subject';
import type { Room as _ejournal_curriculum_v1_Room, Room__Output as _ejournal_curriculum_v1_Room__Output } from '../../../ejournal/curriculum/v1/Room';
import type { Textbook as _ejournal_curriculum_v1_Textbook, Textbook__Output as _ejournal_curriculum_v1_Textbook__Output } from '../../../ejournal/curriculum/v1/Textbook';

export interface Catalogue {
  'schoolId'?: (string);
  'subjects'?: (_ejournal_curriculum_v1_Subject)[];
  'rooms'?: (_ejournal_curriculum_v1_Room)[];
  'textbooks'?: (_ejournal_curriculum_v1_Textbook)[];
}

export interface Catalogue__Output {
  'schoolId': (string);
  'subjects': (_ejournal_curriculum_v1_Subject__Output)[];
  'rooms': (_ejournal_curriculum_v1_Room__Output)[];
  'textbooks': (_ejournal_curriculum_v1_Textbook__Output)[];
}
