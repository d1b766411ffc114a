import { readCsvTable } from '@ejournal/kit';
import { normaliseLogin, parseBirthDate, personViolations, type PersonData, type PersonKind } from './people';

/** One good line of an import file. */
export interface ImportRow {
  line: number;
  person: PersonData;
  login?: string;
  /** For a parent: the line of their child in the same file. */
  childLine?: number;
  /** For a student with a class: the order (приказ) of enrolment, if given. */
  orderNumber?: string;
  /** For a student with a class: the day of enrolment (ISO), if given; else today. */
  enrolOn?: string;
}

export interface ImportError {
  line: number;
  message: string;
}

export const MAX_IMPORT_LINES = 5_000;

// Column names as schools write them (Russian), or in English; compared case-insensitively.
const COLUMNS: Record<string, keyof PersonData | 'login' | 'child' | 'childBirthDate' | 'orderNumber' | 'enrolOn'> = {
  'фамилия': 'lastName',
  'last_name': 'lastName',
  'имя': 'firstName',
  'first_name': 'firstName',
  'отчество': 'middleName',
  'middle_name': 'middleName',
  'дата рождения': 'birthDate',
  'birth_date': 'birthDate',
  'тип': 'kind',
  'категория': 'kind',
  'kind': 'kind',
  'класс': 'classId',
  'class': 'classId',
  'логин': 'login',
  'login': 'login',
  'email': 'email',
  'e-mail': 'email',
  'эл. почта': 'email',
  'электронная почта': 'email',
  'телефон': 'phone',
  'phone': 'phone',
  'ребёнок': 'child',
  'ребенок': 'child',
  'child': 'child',
  'дата зачисления': 'enrolOn',
  'enrol_on': 'enrolOn',
  'приказ': 'orderNumber',
  'номер приказа': 'orderNumber',
  'приказ о зачислении': 'orderNumber',
  'order_number': 'orderNumber',
  'дата рождения ребёнка': 'childBirthDate',
  'дата рождения ребенка': 'childBirthDate',
  'child_birth_date': 'childBirthDate',
};

const KINDS: Record<string, PersonKind> = {
  'сотрудник': 'staff',
  'работник': 'staff',
  'учитель': 'staff',
  'staff': 'staff',
  'ученик': 'student',
  'учащийся': 'student',
  'обучающийся': 'student',
  'student': 'student',
  'родитель': 'parent',
  'законный представитель': 'parent',
  'parent': 'parent',
};

const fullName = (p: { lastName: string; firstName: string; middleName: string }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ').toLowerCase().replace(/ё/g, 'е');

/**
 * Reads an import file (UTF-8 CSV, comma or semicolon separated, with a header line) into people,
 * checking every line. The file is imported only when there is no error at all.
 */
export function parsePeopleImport(csv: string): { rows: ImportRow[]; errors: ImportError[] } {
  const required = [
    { column: 'lastName' as const, title: 'Фамилия' },
    { column: 'firstName' as const, title: 'Имя' },
    { column: 'kind' as const, title: 'Тип' },
  ];
  const { rows: table, errors } = readCsvTable(csv, COLUMNS, required, MAX_IMPORT_LINES);
  if (errors.length > 0) return { rows: [], errors };

  const rows: ImportRow[] = [];
  const pendingParents: Array<{ row: ImportRow; child: string; childBirthDate: string }> = [];
  const logins = new Map<string, number>();
  table.forEach(({ line, fields: given }) => {
    const fields = given as Record<string, string>;
    const kind = KINDS[(fields.kind ?? '').toLowerCase()];
    const { person, violations } = personViolations({ ...fields, kind: kind ?? (fields.kind as PersonKind) });
    const problems = Object.values(violations);
    const row: ImportRow = { line, person };
    if (fields.enrolOn) {
      const enrolOn = parseBirthDate(fields.enrolOn.trim());
      if (!enrolOn) problems.push('дата зачисления: ДД.ММ.ГГГГ, не в будущем');
      else row.enrolOn = enrolOn;
      if (kind !== 'student' || !fields.classId) problems.push('дата зачисления указывается ученику вместе с классом');
    }
    if (fields.orderNumber) {
      row.orderNumber = fields.orderNumber.trim();
      if (row.orderNumber.length > 50) problems.push('номер приказа: не длиннее 50 символов');
      if (kind !== 'student') problems.push('приказ о зачислении указывается только ученику');
    }
    if (fields.login) {
      try {
        row.login = normaliseLogin(fields.login);
        const earlier = logins.get(row.login);
        if (earlier) problems.push(`логин «${row.login}» уже есть в строке ${earlier}`);
        logins.set(row.login, line);
      } catch {
        problems.push('логин: от 3 до 64 символов — латинские буквы, цифры, точка, дефис, подчёркивание');
      }
    }
    if (kind === 'student' && row.login) problems.push('ученику логин не выдаётся при загрузке: он получает код приглашения от классного руководителя');
    if (kind === 'parent') {
      if (!fields.child) problems.push('у родителя укажите ребёнка (ФИО) в столбце «Ребёнок»');
      else pendingParents.push({ row, child: fields.child, childBirthDate: fields.childBirthDate ?? '' });
    }
    if (problems.length > 0) errors.push({ line, message: problems.join('; ') });
    else rows.push(row);
  });

  for (const { row, child, childBirthDate } of pendingParents) {
    const birthDate = parseBirthDate(childBirthDate.trim());
    const wanted = child.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
    const matches = rows.filter((r) => r.person.kind === 'student' && fullName(r.person) === wanted && (!birthDate || r.person.birthDate === birthDate));
    if (matches.length === 1) row.childLine = matches[0].line;
    else {
      errors.push({ line: row.line, message: matches.length === 0 ? `ученик «${child}» не найден в этом файле` : `учеников «${child}» в файле несколько: укажите дату рождения ребёнка` });
      rows.splice(rows.indexOf(row), 1);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
