// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { CurriculumLine as _ejournal_curriculum_v1_CurriculumLine, CurriculumLine__Output as _ejournal_curriculum_v1_CurriculumLine__Output } from '../../../ejournal/curriculum/v1/CurriculumLine';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface Curriculum {
  'yearId'?: (string);
  'grade'?: (number);
  'lines'?: (_ejournal_curriculum_v1_CurriculumLine)[];
  'status'?: (string);
  'approvedBy'?: (string);
  'approvedAt'?: (_google_protobuf_Timestamp | null);
  'version'?: (number | string | Long);
}

export interface Curriculum__Output {
  'yearId': (string);
  'grade': (number);
  'lines': (_ejournal_curriculum_v1_CurriculumLine__Output)[];
  'status': (string);
  'approvedBy': (string);
  'approvedAt': (_google_protobuf_Timestamp__Output | null);
  'version': (string);
}
