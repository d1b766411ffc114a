// Original file: proto/ejournal/diary/v1/diary.proto


export interface _ejournal_diary_v1_CountedViews_View {
  'classMonth'?: (string);
  'studentKey'?: (string);
  'schoolId'?: (string);
  'viewer'?: (string);
  'role'?: (string);
  'count'?: (number);
  'lastAt'?: (string);
}

export interface _ejournal_diary_v1_CountedViews_View__Output {
  'classMonth': (string);
  'studentKey': (string);
  'schoolId': (string);
  'viewer': (string);
  'role': (string);
  'count': (number);
  'lastAt': (string);
}

export interface CountedViews {
  'views'?: (_ejournal_diary_v1_CountedViews_View)[];
}

export interface CountedViews__Output {
  'views': (_ejournal_diary_v1_CountedViews_View__Output)[];
}
