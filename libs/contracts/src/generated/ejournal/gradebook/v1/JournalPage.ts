// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { LessonRecord as _ejournal_gradebook_v1_LessonRecord, LessonRecord__Output as _ejournal_gradebook_v1_LessonRecord__Output } from '../../../ejournal/gradebook/v1/LessonRecord';
import type { Mark as _ejournal_gradebook_v1_Mark, Mark__Output as _ejournal_gradebook_v1_Mark__Output } from '../../../ejournal/gradebook/v1/Mark';
import type { Final as _ejournal_gradebook_v1_Final, Final__Output as _ejournal_gradebook_v1_Final__Output } from '../../../ejournal/gradebook/v1/Final';
import type { FinalProposal as _ejournal_gradebook_v1_FinalProposal, FinalProposal__Output as _ejournal_gradebook_v1_FinalProposal__Output } from '../../../ejournal/gradebook/v1/FinalProposal';
import type { ChangeRequest as _ejournal_gradebook_v1_ChangeRequest, ChangeRequest__Output as _ejournal_gradebook_v1_ChangeRequest__Output } from '../../../ejournal/gradebook/v1/ChangeRequest';
import type { PageAbsence as _ejournal_gradebook_v1_PageAbsence, PageAbsence__Output as _ejournal_gradebook_v1_PageAbsence__Output } from '../../../ejournal/gradebook/v1/PageAbsence';
import type { FinalChangeRequest as _ejournal_gradebook_v1_FinalChangeRequest, FinalChangeRequest__Output as _ejournal_gradebook_v1_FinalChangeRequest__Output } from '../../../ejournal/gradebook/v1/FinalChangeRequest';
import type { PlanTopic as _ejournal_gradebook_v1_PlanTopic, PlanTopic__Output as _ejournal_gradebook_v1_PlanTopic__Output } from '../../../ejournal/gradebook/v1/PlanTopic';
import type { Long } from '@grpc/proto-loader';

export interface JournalPage {
  'id'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
  'grade'?: (number);
  'lessons'?: (_ejournal_gradebook_v1_LessonRecord)[];
  'studentIds'?: (string)[];
  'marks'?: (_ejournal_gradebook_v1_Mark)[];
  'finals'?: (_ejournal_gradebook_v1_Final)[];
  'proposals'?: (_ejournal_gradebook_v1_FinalProposal)[];
  'changeRequests'?: (_ejournal_gradebook_v1_ChangeRequest)[];
  'version'?: (number | string | Long);
  'markCorrectionMinutes'?: (number);
  'absences'?: (_ejournal_gradebook_v1_PageAbsence)[];
  'closed'?: (boolean);
  'finalRequests'?: (_ejournal_gradebook_v1_FinalChangeRequest)[];
  'planTopics'?: (_ejournal_gradebook_v1_PlanTopic)[];
}

export interface JournalPage__Output {
  'id': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'periodId': (string);
  'grade': (number);
  'lessons': (_ejournal_gradebook_v1_LessonRecord__Output)[];
  'studentIds': (string)[];
  'marks': (_ejournal_gradebook_v1_Mark__Output)[];
  'finals': (_ejournal_gradebook_v1_Final__Output)[];
  'proposals': (_ejournal_gradebook_v1_FinalProposal__Output)[];
  'changeRequests': (_ejournal_gradebook_v1_ChangeRequest__Output)[];
  'version': (string);
  'markCorrectionMinutes': (number);
  'absences': (_ejournal_gradebook_v1_PageAbsence__Output)[];
  'closed': (boolean);
  'finalRequests': (_ejournal_gradebook_v1_FinalChangeRequest__Output)[];
  'planTopics': (_ejournal_gradebook_v1_PlanTopic__Output)[];
}
