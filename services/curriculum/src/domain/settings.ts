import { InvalidArgument } from '@ejournal/kit';
import { isIsoDate, type IsoDate } from './dates';

export type PeriodScheme = 'QUARTERS' | 'TRIMESTERS' | 'HALF_YEARS';

export const PERIODS_IN_SCHEME: Record<PeriodScheme, { count: number; name: string }> = {
  QUARTERS: { count: 4, name: 'четверть' },
  TRIMESTERS: { count: 3, name: 'триместр' },
  HALF_YEARS: { count: 2, name: 'полугодие' },
};

export interface WorkKind {
  code: string;
  name: string;
  weight: number;
  written: boolean;
  markingDays: number;
  workingDays: boolean;
}

export interface Bell {
  number: number;
  startsAt: string;
  endsAt: string;
}

/** A school's own rules: how its year is divided, how it marks, when it works, its bells. */
export interface SchoolSettings {
  periodSchemes: Array<{ fromGrade: number; toGrade: number; scheme: PeriodScheme }>;
  lowestMark: number;
  highestMark: number;
  workKinds: WorkKind[];
  rounding: { fiveFrom: number; fourFrom: number; threeFrom: number };
  workingWeekdays: number[];
  holidays: Array<{ startsOn: IsoDate; endsOn: IsoDate; name: string }>;
  bellSchedules: Array<{ shift: number; bells: Bell[] }>;
  markCorrectionMinutes: number;
  studyWeeksFirstGrade: number;
  studyWeeks: number;
  lastGrade: number;
  /** 004 §5: at least this many marks for a final of the period, of them this many written, lab or practical work. */
  minimumMarks: { quarter: number; trimester: number; halfYear: number; written: number };
  /** IANA time zone of the school: "today" and the lessons' times. */
  timeZone: string;
}

/** 004 §5: 3 marks for a quarter, 6 for a half-year (and a trimester), at least one written, lab or practical. */
export const DEFAULT_MINIMUM_MARKS = { quarter: 3, trimester: 6, halfYear: 6, written: 1 };

function bells(firstStart: string, count: number): Bell[] {
  // 45-minute lessons; 10-minute breaks, 20 minutes after the 2nd and 3rd lessons.
  const result: Bell[] = [];
  let [hours, minutes] = firstStart.split(':').map(Number);
  const clock = () => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const advance = (by: number) => {
    minutes += by;
    hours += Math.floor(minutes / 60);
    minutes %= 60;
  };
  for (let number = 1; number <= count; number++) {
    const startsAt = clock();
    advance(45);
    result.push({ number, startsAt, endsAt: clock() });
    advance(number === 2 || number === 3 ? 20 : 10);
  }
  return result;
}

/**
 * What a new school starts with: quarters in grades 1–9 and half-years in 10–11, marks 2–5, the kinds
 * of work the regulations name with the deadlines of 004 §4.2.5 and 002 §3.5, the rounding of 004 §5,
 * a five-day week, two shifts of bells.
 */
export function defaultSettings(): SchoolSettings {
  return {
    periodSchemes: [
      { fromGrade: 1, toGrade: 9, scheme: 'QUARTERS' },
      { fromGrade: 10, toGrade: 11, scheme: 'HALF_YEARS' },
    ],
    lowestMark: 2,
    highestMark: 5,
    workKinds: [
      { code: 'answer', name: 'Ответ на уроке', weight: 1, written: false, markingDays: 0, workingDays: false },
      { code: 'homework', name: 'Домашняя работа', weight: 1, written: false, markingDays: 0, workingDays: false },
      { code: 'independent', name: 'Самостоятельная работа', weight: 1.5, written: true, markingDays: 7, workingDays: false },
      { code: 'dictation', name: 'Диктант', weight: 1.5, written: true, markingDays: 3, workingDays: true },
      { code: 'test', name: 'Контрольная работа', weight: 2, written: true, markingDays: 3, workingDays: true },
      { code: 'lab', name: 'Лабораторная работа', weight: 1.5, written: true, markingDays: 3, workingDays: true },
      { code: 'practical', name: 'Практическая работа', weight: 1.5, written: true, markingDays: 3, workingDays: true },
      { code: 'composition', name: 'Сочинение', weight: 2, written: true, markingDays: 5, workingDays: true },
    ],
    rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 },
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    bellSchedules: [
      { shift: 1, bells: bells('08:30', 7) },
      { shift: 2, bells: bells('13:30', 6) },
    ],
    markCorrectionMinutes: 30,
    studyWeeksFirstGrade: 33,
    studyWeeks: 34,
    lastGrade: 11,
    minimumMarks: { ...DEFAULT_MINIMUM_MARKS },
    timeZone: 'Europe/Moscow',
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a whole settings document; InvalidArgument lists everything that is wrong. */
export function validateSettings(settings: SchoolSettings): SchoolSettings {
  const violations: Record<string, string> = {};
  const fail = (field: string, message: string) => {
    violations[field] ??= message;
  };
  const { lowestMark, highestMark, lastGrade } = settings;
  if (!(lastGrade >= 1 && lastGrade <= 12)) fail('lastGrade', `последний класс школы от 1 до 12, а дано ${lastGrade}`);
  if (!(Number.isInteger(lowestMark) && Number.isInteger(highestMark) && lowestMark >= 1 && highestMark <= 10 && lowestMark < highestMark)) {
    fail('lowestMark', `шкала отметок: целые от 1 до 10, низшая меньше высшей, а дано ${lowestMark}–${highestMark}`);
  }
  const covered = new Map<number, PeriodScheme>();
  settings.periodSchemes.forEach((range, index) => {
    if (!(range.scheme in PERIODS_IN_SCHEME)) fail(`periodSchemes[${index}].scheme`, 'схема периодов: QUARTERS, TRIMESTERS или HALF_YEARS');
    if (!(range.fromGrade >= 1 && range.fromGrade <= range.toGrade)) fail(`periodSchemes[${index}]`, `классы ${range.fromGrade}–${range.toGrade}: неверный диапазон`);
    for (let grade = range.fromGrade; grade <= range.toGrade && grade <= 12; grade++) {
      if (covered.has(grade)) fail(`periodSchemes[${index}]`, `для ${grade} класса схема периодов указана дважды`);
      covered.set(grade, range.scheme);
    }
  });
  for (let grade = 1; grade <= lastGrade; grade++) if (!covered.has(grade)) fail('periodSchemes', `для ${grade} класса не указана схема периодов`);
  const codes = new Set<string>();
  settings.workKinds.forEach((kind, index) => {
    if (!/^[a-z][a-z0-9-]{1,30}$/.test(kind.code)) fail(`workKinds[${index}].code`, `код вида работы: латиница, цифры, дефис, а дано «${kind.code}»`);
    if (codes.has(kind.code)) fail(`workKinds[${index}].code`, `вид работы «${kind.code}» указан дважды`);
    codes.add(kind.code);
    if (!kind.name?.trim()) fail(`workKinds[${index}].name`, 'не указано название вида работы');
    if (!(kind.weight > 0 && kind.weight <= 10)) fail(`workKinds[${index}].weight`, `вес вида работы от 0 до 10, а дано ${kind.weight}`);
    if (!(Number.isInteger(kind.markingDays) && kind.markingDays >= 0 && kind.markingDays <= 30)) fail(`workKinds[${index}].markingDays`, 'срок выставления отметок: от 0 до 30 дней');
  });
  if (settings.workKinds.length === 0) fail('workKinds', 'нужен хотя бы один вид работы');
  const { fiveFrom, fourFrom, threeFrom } = settings.rounding;
  if (!(lowestMark <= threeFrom && threeFrom < fourFrom && fourFrom < fiveFrom && fiveFrom <= highestMark)) {
    fail('rounding', `границы округления должны возрастать внутри шкалы: 3 с ${threeFrom}, 4 с ${fourFrom}, 5 с ${fiveFrom}`);
  }
  const weekdays = new Set(settings.workingWeekdays);
  if (settings.workingWeekdays.length === 0 || weekdays.size !== settings.workingWeekdays.length || settings.workingWeekdays.some((day) => !(day >= 1 && day <= 6))) {
    fail('workingWeekdays', 'учебные дни недели: различные числа от 1 (понедельник) до 6 (суббота)');
  }
  settings.holidays.forEach((holiday, index) => {
    if (!isIsoDate(holiday.startsOn) || !isIsoDate(holiday.endsOn) || holiday.startsOn > holiday.endsOn) fail(`holidays[${index}]`, `праздник «${holiday.name}»: даты ГГГГ-ММ-ДД, начало не позже конца`);
  });
  const shifts = new Set<number>();
  settings.bellSchedules.forEach((schedule, index) => {
    if (shifts.has(schedule.shift)) fail(`bellSchedules[${index}].shift`, `расписание звонков ${schedule.shift} смены указано дважды`);
    shifts.add(schedule.shift);
    let previousEnd = '';
    schedule.bells.forEach((bell, position) => {
      const where = `bellSchedules[${index}].bells[${position}]`;
      if (bell.number !== position + 1) fail(where, `уроки смены ${schedule.shift} нумеруются по порядку с 1`);
      if (!TIME.test(bell.startsAt) || !TIME.test(bell.endsAt) || bell.startsAt >= bell.endsAt) fail(where, `${bell.number}-й урок: время ЧЧ:ММ, начало раньше конца`);
      else if (bell.startsAt < previousEnd) fail(where, `${bell.number}-й урок начинается раньше, чем кончается предыдущий`);
      previousEnd = bell.endsAt;
    });
    if (schedule.bells.length === 0) fail(`bellSchedules[${index}]`, `в расписании звонков ${schedule.shift} смены нет уроков`);
  });
  if (!shifts.has(1)) fail('bellSchedules', 'нужно расписание звонков 1 смены');
  if (!(settings.markCorrectionMinutes >= 0 && settings.markCorrectionMinutes <= 24 * 60)) fail('markCorrectionMinutes', 'окно исправления отметки: от 0 до 1440 минут');
  for (const field of ['studyWeeksFirstGrade', 'studyWeeks'] as const) {
    if (!(Number.isInteger(settings[field]) && settings[field] >= 30 && settings[field] <= 40)) fail(field, 'учебных недель в году: от 30 до 40');
  }
  const minimum = settings.minimumMarks;
  for (const field of ['quarter', 'trimester', 'halfYear', 'written'] as const) {
    if (!(Number.isInteger(minimum[field]) && minimum[field] >= 0 && minimum[field] <= 30)) fail(`minimumMarks.${field}`, 'наименьшее число отметок: целое от 0 до 30');
  }
  if (minimum.written > minimum.quarter) fail('minimumMarks.written', 'письменных работ не может требоваться больше, чем отметок за четверть');
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: settings.timeZone });
  } catch {
    fail('timeZone', `часовой пояс «${settings.timeZone}» неизвестен (например, Europe/Moscow, Asia/Krasnoyarsk)`);
  }
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`настройки не сохранены: ${Object.values(violations).join('; ')}`, violations);
  return settings;
}

export function schemeOfGrade(settings: SchoolSettings, grade: number): PeriodScheme | undefined {
  return settings.periodSchemes.find((range) => grade >= range.fromGrade && grade <= range.toGrade)?.scheme;
}

export function bellOf(settings: SchoolSettings, shift: number, number: number): Bell | undefined {
  return settings.bellSchedules.find((schedule) => schedule.shift === shift)?.bells.find((bell) => bell.number === number);
}

export function isHoliday(settings: SchoolSettings, date: IsoDate): boolean {
  return settings.holidays.some((holiday) => holiday.startsOn <= date && date <= holiday.endsOn);
}

/** Hours a year gives a subject taught `hoursPerWeek` in this grade. */
export function annualHours(settings: SchoolSettings, grade: number, hoursPerWeek: number): number {
  return Math.round(hoursPerWeek * (grade === 1 ? settings.studyWeeksFirstGrade : settings.studyWeeks) * 100) / 100;
}
