// Original file: proto/ejournal/reports/v1/reports.proto


export interface FillingLine {
  'teacherId'?: (string);
  'teacherName'?: (string);
  'classId'?: (string);
  'className'?: (string);
  'subjectId'?: (string);
  'subjectName'?: (string);
  'lessonsHeld'?: (number);
  'withoutTopic'?: (number);
  'withoutHomework'?: (number);
  'recordedLate'?: (number);
  'pupilsWithoutMarks'?: (number);
  'pupilsWithOneMark'?: (number);
  'groupId'?: (string);
  'marksLate'?: (number);
  'planHours'?: (number | string);
  'lessonsGiven'?: (number);
  'lessonsLeft'?: (number);
  'lessonsShort'?: (number);
  'openChangeRequests'?: (number);
}

export interface FillingLine__Output {
  'teacherId': (string);
  'teacherName': (string);
  'classId': (string);
  'className': (string);
  'subjectId': (string);
  'subjectName': (string);
  'lessonsHeld': (number);
  'withoutTopic': (number);
  'withoutHomework': (number);
  'recordedLate': (number);
  'pupilsWithoutMarks': (number);
  'pupilsWithOneMark': (number);
  'groupId': (string);
  'marksLate': (number);
  'planHours': (number);
  'lessonsGiven': (number);
  'lessonsLeft': (number);
  'lessonsShort': (number);
  'openChangeRequests': (number);
}
