// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { IndividualHomework as _ejournal_gradebook_v1_IndividualHomework, IndividualHomework__Output as _ejournal_gradebook_v1_IndividualHomework__Output } from '../../../ejournal/gradebook/v1/IndividualHomework';
import type { HomeworkFile as _ejournal_gradebook_v1_HomeworkFile, HomeworkFile__Output as _ejournal_gradebook_v1_HomeworkFile__Output } from '../../../ejournal/gradebook/v1/HomeworkFile';
import type { Mark as _ejournal_gradebook_v1_Mark, Mark__Output as _ejournal_gradebook_v1_Mark__Output } from '../../../ejournal/gradebook/v1/Mark';
import type { Remark as _ejournal_gradebook_v1_Remark, Remark__Output as _ejournal_gradebook_v1_Remark__Output } from '../../../ejournal/gradebook/v1/Remark';
import type { Long } from '@grpc/proto-loader';

export interface ExportedLesson {
  'lessonId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
  'date'?: (string);
  'recordVersion'?: (number | string | Long);
  'topic'?: (string);
  'homework'?: (string);
  'noHomework'?: (boolean);
  'individualHomework'?: (_ejournal_gradebook_v1_IndividualHomework)[];
  'files'?: (_ejournal_gradebook_v1_HomeworkFile)[];
  'marks'?: (_ejournal_gradebook_v1_Mark)[];
  'remarks'?: (_ejournal_gradebook_v1_Remark)[];
}

export interface ExportedLesson__Output {
  'lessonId': (string);
  'classId': (string);
  'subjectId': (string);
  'periodId': (string);
  'date': (string);
  'recordVersion': (string);
  'topic': (string);
  'homework': (string);
  'noHomework': (boolean);
  'individualHomework': (_ejournal_gradebook_v1_IndividualHomework__Output)[];
  'files': (_ejournal_gradebook_v1_HomeworkFile__Output)[];
  'marks': (_ejournal_gradebook_v1_Mark__Output)[];
  'remarks': (_ejournal_gradebook_v1_Remark__Output)[];
}
