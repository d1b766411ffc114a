// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { IndividualHomework as _ejournal_gradebook_v1_IndividualHomework, IndividualHomework__Output as _ejournal_gradebook_v1_IndividualHomework__Output } from '../../../ejournal/gradebook/v1/IndividualHomework';
import type { Remark as _ejournal_gradebook_v1_Remark, Remark__Output as _ejournal_gradebook_v1_Remark__Output } from '../../../ejournal/gradebook/v1/Remark';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { HomeworkFile as _ejournal_gradebook_v1_HomeworkFile, HomeworkFile__Output as _ejournal_gradebook_v1_HomeworkFile__Output } from '../../../ejournal/gradebook/v1/HomeworkFile';

export interface LessonRecord {
  'lessonId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'teacherId'?: (string);
  'substituted'?: (boolean);
  'status'?: (string);
  'topic'?: (string);
  'homework'?: (string);
  'noHomework'?: (boolean);
  'individualHomework'?: (_ejournal_gradebook_v1_IndividualHomework)[];
  'remarks'?: (_ejournal_gradebook_v1_Remark)[];
  'conducted'?: (boolean);
  'recordedBy'?: (string);
  'recordedAt'?: (_google_protobuf_Timestamp | null);
  'onTime'?: (boolean);
  'files'?: (_ejournal_gradebook_v1_HomeworkFile)[];
  'topicNumber'?: (number);
}

export interface LessonRecord__Output {
  'lessonId': (string);
  'date': (string);
  'number': (number);
  'teacherId': (string);
  'substituted': (boolean);
  'status': (string);
  'topic': (string);
  'homework': (string);
  'noHomework': (boolean);
  'individualHomework': (_ejournal_gradebook_v1_IndividualHomework__Output)[];
  'remarks': (_ejournal_gradebook_v1_Remark__Output)[];
  'conducted': (boolean);
  'recordedBy': (string);
  'recordedAt': (_google_protobuf_Timestamp__Output | null);
  'onTime': (boolean);
  'files': (_ejournal_gradebook_v1_HomeworkFile__Output)[];
  'topicNumber': (number);
}
