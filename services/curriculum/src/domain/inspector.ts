import type { AcademicYear } from './academic-year';
import type { Room, Subject } from './catalogue';
import type { Curriculum, LoadAssignment } from './curriculum';
import { WEEKDAY_NAMES, type IsoDate } from './dates';
import { activeOn, rosterOn, type Roster } from './roster';
import type { SchoolClass } from './school-class';
import { bellOf, type SchoolSettings } from './settings';
import { curriculumHoursOf, totalHours, type ThematicPlan } from './thematic-plan';
import { timetableOn, type TimetableEntry, type WeeklyTimetable } from './timetable';

export type FindingCode =
  | 'NO_CLASS_TEACHER'
  | 'CURRICULUM_MISSING'
  | 'CURRICULUM_NOT_APPROVED'
  | 'TIMETABLE_HOURS'
  | 'LOAD_HOURS'
  | 'TEACHER_DOUBLE_BOOKED'
  | 'ROOM_DOUBLE_BOOKED'
  | 'STUDENT_WITHOUT_GROUP'
  | 'THEMATIC_PLAN_MISSING'
  | 'THEMATIC_PLAN_HOURS';

export interface Finding {
  code: FindingCode;
  message: string;
  classIds: string[];
  subjectId: string;
  teacherId: string;
  roomId: string;
  weekday: number;
  lessonNumber: number;
  groupId: string;
  studentId: string;
  grade: number;
}

export interface SchoolYearState {
  year: AcademicYear;
  settings: SchoolSettings;
  subjects: Subject[];
  rooms: Room[];
  classes: SchoolClass[];
  curricula: Curriculum[];
  load: LoadAssignment[];
  timetables: Map<string, WeeklyTimetable[]>;
  roster: Roster;
  plans: ThematicPlan[];
}

const finding = (code: FindingCode, message: string, details: Partial<Finding> = {}): Finding => ({
  code,
  message,
  classIds: [],
  subjectId: '',
  teacherId: '',
  roomId: '',
  weekday: 0,
  lessonNumber: 0,
  groupId: '',
  studentId: '',
  grade: 0,
  ...details,
});

const sameHours = (actual: number, expected: number) => (Number.isInteger(expected) ? actual === expected : Math.abs(actual - expected) < 1);

interface Booking {
  schoolClass: SchoolClass;
  entry: TimetableEntry;
  startsAt: string;
  endsAt: string;
}

/**
 * The electronic inspector (001 §9.1): checks a school's year as it stands on a date — curriculum
 * against timetable and teacher load, double bookings of teachers and rooms (by bell times, so two
 * shifts are compared correctly), class teachers, students left out of a split subject's groups, and
 * thematic plans against the curriculum (003 §4.2).
 */
export function inspect(state: SchoolYearState, on: IsoDate): Finding[] {
  const { settings, subjects, rooms, classes, curricula, load, timetables, roster, plans } = state;
  const findings: Finding[] = [];
  const subjectName = (id: string) => subjects.find((subject) => subject.id === id)?.name ?? id;
  const roomName = (id: string) => rooms.find((room) => room.id === id)?.name ?? id;
  const groupName = (schoolClass: SchoolClass, id: string) => schoolClass.groups.find((group) => group.id === id)?.name ?? id;
  const ordered = [...classes].sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru'));
  const bookings: Booking[] = [];

  for (const grade of [...new Set(ordered.map((schoolClass) => schoolClass.grade))]) {
    const curriculum = curricula.find((candidate) => candidate.grade === grade);
    if (!curriculum) findings.push(finding('CURRICULUM_MISSING', `нет учебного плана ${grade} классов`, { grade }));
    else if (curriculum.status !== 'approved') findings.push(finding('CURRICULUM_NOT_APPROVED', `учебный план ${grade} классов не утверждён`, { grade }));
  }

  for (const schoolClass of ordered) {
    if (!schoolClass.classTeacherId) findings.push(finding('NO_CLASS_TEACHER', `у ${schoolClass.name} нет классного руководителя`, { classIds: [schoolClass._id] }));
    const curriculum = curricula.find((candidate) => candidate.grade === schoolClass.grade);
    const entries = timetableOn(timetables.get(schoolClass._id) ?? [], on)?.entries ?? [];
    for (const entry of entries) {
      const bell = bellOf(settings, schoolClass.shift, entry.lessonNumber);
      if (bell) bookings.push({ schoolClass, entry, startsAt: bell.startsAt, endsAt: bell.endsAt });
    }
    const subjectIds = new Set([...(curriculum?.lines.map((line) => line.subjectId) ?? []), ...entries.map((entry) => entry.subjectId)]);
    for (const subjectId of subjectIds) {
      const expected = curriculum?.lines.find((line) => line.subjectId === subjectId)?.hoursPerWeek ?? 0;
      const groups = schoolClass.groups.filter((group) => group.subjectId === subjectId);
      const units = groups.length > 0 ? groups.map((group) => group.id) : [''];
      for (const groupId of units) {
        const where = groupId ? `${schoolClass.name}, ${groupName(schoolClass, groupId)}` : schoolClass.name;
        const inTimetable = entries.filter((entry) => entry.subjectId === subjectId && (entry.groupId === groupId || entry.groupId === '')).length;
        if (!sameHours(inTimetable, expected)) {
          findings.push(finding('TIMETABLE_HOURS', `${where}: «${subjectName(subjectId)}» — по учебному плану ${expected} ч в неделю, в расписании ${inTimetable}`, { classIds: [schoolClass._id], subjectId, groupId }));
        }
        const loaded = load.filter((assignment) => assignment.classId === schoolClass._id && assignment.subjectId === subjectId && (assignment.groupId === groupId || assignment.groupId === '')).reduce((sum, assignment) => sum + assignment.hoursPerWeek, 0);
        if (expected > 0 && loaded !== expected) {
          findings.push(finding('LOAD_HOURS', `${where}: «${subjectName(subjectId)}» — по учебному плану ${expected} ч в неделю, в нагрузке учителей ${loaded}`, { classIds: [schoolClass._id], subjectId, groupId }));
        }
      }
      if (groups.length > 0 && expected > 0) {
        const grouped = new Set(roster.groupPlacements.filter((placement) => placement.classId === schoolClass._id && placement.subjectId === subjectId && activeOn(placement, on)).map((placement) => placement.studentId));
        for (const studentId of rosterOn(roster, on, schoolClass._id)) {
          if (!grouped.has(studentId)) findings.push(finding('STUDENT_WITHOUT_GROUP', `${schoolClass.name}: обучающийся ${studentId} не входит ни в одну группу по предмету «${subjectName(subjectId)}»`, { classIds: [schoolClass._id], subjectId, studentId }));
        }
      }
    }
  }

  const clash = (key: (booking: Booking) => string, code: 'TEACHER_DOUBLE_BOOKED' | 'ROOM_DOUBLE_BOOKED') => {
    const byKey = new Map<string, Booking[]>();
    for (const booking of bookings) {
      const id = key(booking);
      if (!id) continue;
      byKey.set(`${id}|${booking.entry.weekday}`, [...(byKey.get(`${id}|${booking.entry.weekday}`) ?? []), booking]);
    }
    for (const list of byKey.values()) {
      list.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.schoolClass.name.localeCompare(b.schoolClass.name, 'ru'));
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length && list[j].startsAt < list[i].endsAt; j++) {
          const [a, b] = [list[i], list[j]];
          const day = WEEKDAY_NAMES[a.entry.weekday];
          const place = (booking: Booking) => `${booking.schoolClass.name}${booking.entry.groupId ? ` (${groupName(booking.schoolClass, booking.entry.groupId)})` : ''}, «${subjectName(booking.entry.subjectId)}», каб. ${booking.entry.roomId ? roomName(booking.entry.roomId) : '—'}`;
          const who = code === 'TEACHER_DOUBLE_BOOKED' ? `учитель ${a.entry.teacherId}` : `кабинет ${roomName(a.entry.roomId)}`;
          findings.push(
            finding(code, `${who} занят(а) дважды: ${day}, ${a.entry.lessonNumber}-й урок ${a.startsAt}–${a.endsAt} — ${place(a)}; и ${b.entry.lessonNumber}-й урок ${b.startsAt}–${b.endsAt} — ${place(b)}`, {
              classIds: [a.schoolClass._id, b.schoolClass._id],
              teacherId: code === 'TEACHER_DOUBLE_BOOKED' ? a.entry.teacherId : '',
              roomId: code === 'ROOM_DOUBLE_BOOKED' ? a.entry.roomId : '',
              weekday: a.entry.weekday,
              lessonNumber: a.entry.lessonNumber,
            }),
          );
        }
      }
    }
  };
  clash((booking) => booking.entry.teacherId, 'TEACHER_DOUBLE_BOOKED');
  clash((booking) => booking.entry.roomId, 'ROOM_DOUBLE_BOOKED');

  for (const curriculum of curricula) {
    if (!classes.some((schoolClass) => schoolClass.grade === curriculum.grade)) continue;
    for (const line of curriculum.lines) {
      const gradePlans = plans.filter((plan) => plan.grade === curriculum.grade && plan.subjectId === line.subjectId);
      if (gradePlans.length === 0) findings.push(finding('THEMATIC_PLAN_MISSING', `нет КТП: «${subjectName(line.subjectId)}», ${curriculum.grade} классы`, { subjectId: line.subjectId, grade: curriculum.grade }));
      for (const plan of gradePlans) {
        const expected = curriculumHoursOf(plan, curriculum, settings)!;
        const total = totalHours(plan.topics);
        if (total !== expected) findings.push(finding('THEMATIC_PLAN_HOURS', `КТП «${subjectName(plan.subjectId)}», ${plan.grade} классы${plan.teacherId ? `, учитель ${plan.teacherId}` : ''}: ${total} ч, а по учебному плану ${expected} ч`, { subjectId: plan.subjectId, grade: plan.grade, teacherId: plan.teacherId }));
      }
    }
  }
  return findings;
}
