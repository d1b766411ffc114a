import { InvalidArgument } from '@ejournal/kit';
import { normaliseClassId } from './grants';

/** Kinds of people the platform knows; personal data lives only in the identity service. */
export type PersonKind = 'staff' | 'student' | 'parent' | 'interested_person';

export interface PersonData {
  kind: PersonKind;
  lastName: string;
  firstName: string;
  middleName: string;
  /** ISO date (YYYY-MM-DD); required for students. */
  birthDate: string;
  email: string;
  phone: string;
  /**
   * A student's class: curriculum's class id (kept from curriculum's rosters). On input, the class as
   * the school names it («7Б») is accepted too, and resolved among the school's classes of the year.
   */
  classId: string;
}

const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]{0,63}$/;

/** name@domain.tld, checked by splitting (linear), not by a pattern that backtracks. */
export function isEmail(value: string): boolean {
  if (value.length > 254 || /\s/.test(value)) return false;
  const parts = value.split('@');
  if (parts.length !== 2 || !parts[0] || parts[0].length > 64) return false;
  const labels = parts[1].split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0 && label.length <= 63);
}

function tidy(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses «ДД.ММ.ГГГГ» or «ГГГГ-ММ-ДД» to ISO; '' for '', undefined when not a real date. */
export function parseBirthDate(value: string): string | undefined {
  if (value === '') return '';
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = value.includes('.') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  if (Number(year) < 1900 || date.getTime() > Date.now()) return undefined;
  return `${year}-${month}-${day}`;
}

/** Checks a person's data; the violations name fields in Russian terms. */
export function personViolations(input: Partial<PersonData>): { person: PersonData; violations: Record<string, string> } {
  const violations: Record<string, string> = {};
  const person: PersonData = {
    kind: input.kind as PersonKind,
    lastName: tidy(input.lastName),
    firstName: tidy(input.firstName),
    middleName: tidy(input.middleName),
    birthDate: tidy(input.birthDate),
    email: tidy(input.email).toLowerCase(),
    phone: tidy(input.phone),
    classId: normaliseClassId(tidy(input.classId)),
  };
  if (!['staff', 'student', 'parent', 'interested_person'].includes(person.kind)) violations.kind = 'тип: сотрудник, ученик или родитель';
  if (!NAME.test(person.lastName)) violations.lastName = 'фамилия: буквы, дефис, пробел (до 64)';
  if (!NAME.test(person.firstName)) violations.firstName = 'имя: буквы, дефис, пробел (до 64)';
  if (person.middleName && !NAME.test(person.middleName)) violations.middleName = 'отчество: буквы, дефис, пробел (до 64)';
  const birthDate = parseBirthDate(person.birthDate);
  if (birthDate === undefined) violations.birthDate = 'дата рождения: ДД.ММ.ГГГГ, существующая и не в будущем';
  else person.birthDate = birthDate;
  if (person.kind === 'student' && !person.birthDate) violations.birthDate = 'у ученика обязательна дата рождения';
  // The class as curriculum identifies it (its id), or by name («7Б») from older imports.
  const classIdOrName = /^(1[01]|[1-9])[А-ЯA-Z]{0,2}$/.test(person.classId) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(person.classId);
  if (person.kind === 'student' && person.classId && !classIdOrName) violations.classId = 'класс ученика: номер 1–11 и буква, например 7Б (или идентификатор класса)';
  if (person.kind !== 'student' && person.classId) violations.classId = 'класс указывается только ученику';
  if (person.email && !isEmail(person.email)) violations.email = 'адрес электронной почты неверен';
  if (person.phone && !/^\+?[0-9 ()-]{7,20}$/.test(person.phone)) violations.phone = 'телефон: цифры, +, пробелы, скобки, дефисы';
  return { person, violations };
}

export function validatePerson(input: Partial<PersonData>): PersonData {
  const { person, violations } = personViolations(input);
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`данные человека неверны: ${Object.values(violations).join('; ')}`, violations);
  return person;
}

/** Logins: 3–64 characters of latin letters, digits, dot, dash, underscore; compared case-insensitively. */
export function normaliseLogin(login: string): string {
  const folded = (login ?? '').trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(folded)) {
    throw new InvalidArgument('логин: от 3 до 64 символов — латинские буквы, цифры, точка, дефис, подчёркивание', { login: 'неверный логин' });
  }
  return folded;
}

/**
 * What a class teacher may change of their class's pupils and parents: their contacts only (the class
 * teacher keeps the student and parent data, 000 §9.2, and reaches the parents, 004 §4.2.4); names and
 * the rest are the administrator's (002 §3.3).
 */
export const CLASS_TEACHER_FIELDS: ReadonlyArray<keyof PersonData> = ['email', 'phone'];

/** The fields of a change a class teacher may not make (empty when they may make it all). */
export function beyondClassTeacher(fields: string[]): string[] {
  return fields.filter((field) => !CLASS_TEACHER_FIELDS.includes(field as keyof PersonData));
}
