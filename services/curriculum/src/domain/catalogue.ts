import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';
import { InvalidArgument } from '@ejournal/kit';

export interface Subject {
  id: string;
  name: string;
  shortName: string;
  regional: boolean;
}

export interface Room {
  id: string;
  name: string;
  capacity: number;
}

export interface Textbook {
  id: string;
  subjectId: string;
  title: string;
  authors: string;
  grades: number[];
}

/** The regional catalogue of subjects (ФГОС), as the school's catalogue shows it. Ids are stable: other services and imports refer to them. */
export const REGIONAL_SUBJECTS: Subject[] = REGIONAL_SUBJECT_CATALOGUE.map((subject) => ({ ...subject, regional: true }));

function text(value: string | undefined, field: string, label: string, max: number): string {
  const tidied = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!tidied) throw new InvalidArgument(`не указано: ${label}`, { [field]: 'обязательное поле' });
  if ([...tidied].length > max) throw new InvalidArgument(`${label}: не длиннее ${max} символов`, { [field]: `до ${max} символов` });
  return tidied;
}

const fold = (value: string) => value.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export function validateSubject(input: { name?: string; shortName?: string }, existing: Subject[]): Omit<Subject, 'id'> {
  const name = text(input.name, 'name', 'название предмета', 200);
  const shortName = input.shortName?.trim() ? text(input.shortName, 'shortName', 'краткое название', 40) : name;
  if (existing.some((subject) => fold(subject.name) === fold(name))) throw new InvalidArgument(`предмет «${name}» уже есть в каталоге`, { name: 'такой предмет уже есть' });
  return { name, shortName, regional: false };
}

export function validateRoom(input: { name?: string; capacity?: number }, existing: Room[]): Omit<Room, 'id'> {
  const name = text(input.name, 'name', 'название кабинета', 60);
  const capacity = input.capacity || 30;
  if (!(Number.isInteger(capacity) && capacity > 0 && capacity <= 1000)) throw new InvalidArgument(`вместимость кабинета: от 1 до 1000, а дано ${capacity}`, { capacity: 'от 1 до 1000' });
  if (existing.some((room) => fold(room.name) === fold(name))) throw new InvalidArgument(`кабинет «${name}» уже есть`, { name: 'такой кабинет уже есть' });
  return { name, capacity };
}

export function validateTextbook(input: { subjectId?: string; title?: string; authors?: string; grades?: number[] }, subjects: Subject[]): Omit<Textbook, 'id'> {
  if (!subjects.some((subject) => subject.id === input.subjectId)) throw new InvalidArgument('учебник: нет такого предмета в каталоге школы', { subjectId: 'предмет из каталога' });
  const grades = input.grades ?? [];
  if (grades.length === 0 || grades.some((grade) => !(Number.isInteger(grade) && grade >= 1 && grade <= 12))) throw new InvalidArgument('учебник: укажите классы от 1 до 12', { grades: 'классы 1–12' });
  return { subjectId: input.subjectId!, title: text(input.title, 'title', 'название учебника', 300), authors: (input.authors ?? '').trim(), grades: [...new Set(grades)].sort((a, b) => a - b) };
}

/** Finds a subject by id, name or short name, as a person writes it in a CSV file. */
export function findSubject(subjects: Subject[], written: string): Subject | undefined {
  const key = fold(written);
  return subjects.find((subject) => subject.id === written.trim() || fold(subject.name) === key || fold(subject.shortName) === key);
}

/** A subject of the school's catalogue named in a request, or InvalidArgument. */
export function ensureSubject(subjects: Subject[], subjectId: string): void {
  if (!subjects.some((subject) => subject.id === subjectId)) throw new InvalidArgument(`нет предмета «${subjectId}» в каталоге школы`, { subjectId: 'предмет из каталога' });
}
