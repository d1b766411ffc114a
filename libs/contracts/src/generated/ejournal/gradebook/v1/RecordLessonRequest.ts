// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { IndividualHomework as _ejournal_gradebook_v1_IndividualHomework, IndividualHomework__Output as _ejournal_gradebook_v1_IndividualHomework__Output } from '../../../ejournal/gradebook/v1/IndividualHomework';
import type { Remark as _ejournal_gradebook_v1_Remark, Remark__Output as _ejournal_gradebook_v1_Remark__Output } from '../../../ejournal/gradebook/v1/Remark';

export interface RecordLessonRequest {
  'lessonId'?: (string);
  'topic'?: (string);
  'homework'?: (string);
  'noHomework'?: (boolean);
  'individualHomework'?: (_ejournal_gradebook_v1_IndividualHomework)[];
  'remarks'?: (_ejournal_gradebook_v1_Remark)[];
  'conducted'?: (boolean);
  'topicNumber'?: (number);
  '_conducted'?: "conducted";
}

export interface RecordLessonRequest__Output {
  'lessonId': (string);
  'topic': (string);
  'homework': (string);
  'noHomework': (boolean);
  'individualHomework': (_ejournal_gradebook_v1_IndividualHomework__Output)[];
  'remarks': (_ejournal_gradebook_v1_Remark__Output)[];
  'conducted'?: (boolean);
  'topicNumber': (number);
  '_conducted'?: "conducted";
}
