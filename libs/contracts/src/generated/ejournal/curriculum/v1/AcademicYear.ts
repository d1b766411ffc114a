// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from '../../../ejournal/curriculum/v1/Period';
import type { Long } from '@grpc/proto-loader';

export interface AcademicYear {
  'id'?: (string);
  'schoolId'?: (string);
  'name'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'periods'?: (_ejournal_curriculum_v1_Period)[];
  'status'?: (string);
  'nextYearId'?: (string);
  'version'?: (number | string | Long);
}

export interface AcademicYear__Output {
  'id': (string);
  'schoolId': (string);
  'name': (string);
  'startsOn': (string);
  'endsOn': (string);
  'periods': (_ejournal_curriculum_v1_Period__Output)[];
  'status': (string);
  'nextYearId': (string);
  'version': (string);
}
