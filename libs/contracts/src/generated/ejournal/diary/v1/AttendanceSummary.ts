// Original file: proto/ejournal/diary/v1/diary.proto


export interface _ejournal_diary_v1_AttendanceSummary_Missed {
  'date'?: (string);
  'subjectId'?: (string);
  'code'?: (string);
}

export interface _ejournal_diary_v1_AttendanceSummary_Missed__Output {
  'date': (string);
  'subjectId': (string);
  'code': (string);
}

export interface AttendanceSummary {
  'studentId'?: (string);
  'month'?: (string);
  'unexcused'?: (number);
  'illness'?: (number);
  'excused'?: (number);
  'late'?: (number);
  'missed'?: (_ejournal_diary_v1_AttendanceSummary_Missed)[];
}

export interface AttendanceSummary__Output {
  'studentId': (string);
  'month': (string);
  'unexcused': (number);
  'illness': (number);
  'excused': (number);
  'late': (number);
  'missed': (_ejournal_diary_v1_AttendanceSummary_Missed__Output)[];
}
