import type { reportsV1 } from '@ejournal/contracts';
import type { AsyncHandlers } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { localDateTime } from '@ejournal/school-rules';
import { classMonthId, monthsBetween } from '../domain/absences';
import { attendanceSheet, REASON_TITLES } from '../domain/attendance-sheet';
import { latest } from '../domain/moments';
import { subjectNames } from '../domain/school-facts';
import type { Names } from '../peers';
import type { ReportsStore } from '../store/reports.store';
import { readableClass } from './class-access';
import { reportRange } from './report-dates';
import { formatOf, reportFile } from './report-files';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetAttendanceSheet'>;

/** The class's attendance sheet over a month or a period (003 §4.1, 004 §4.2.5), from the absences kept by month. */
export function attendanceSheetApi(store: ReportsStore, names: Names): Handlers {
  return {
    async GetAttendanceSheet(request, { principal }) {
      const format = formatOf(request.format);
      const found = await readableClass(store, request.classId, principal);
      const school = await store.schools.find(found.schoolId);
      const today = localDateTime(new Date(), school?.timeZone || undefined).date;
      const range = reportRange(request.from || (request.to ? '' : `${today.slice(0, 7)}-01`), request.to, today);
      const [months, roster] = await Promise.all([Promise.all(monthsBetween(range.from, range.to).map((month) => store.classMonths.find(classMonthId(found._id, `${month}-01`)))), store.rosters.find(found._id)]);
      const sheet = attendanceSheet(months, range, studentsBetween(roster, range.from, range.to));
      const pupilName = await names.of(found.schoolId, sheet.pupils.map((pupil) => pupil.studentId));
      const subjectName = subjectNames(school);
      const pupils = sheet.pupils
        .map((pupil) => ({
          studentId: pupil.studentId,
          name: pupilName.get(pupil.studentId) ?? '',
          byCode: sheet.codes.map((code) => ({ code, count: pupil.byCode.get(code) ?? 0 })),
          bySubject: [...pupil.bySubject.entries()].map(([subjectId, count]) => ({ subjectId, subjectName: subjectName.get(subjectId) ?? subjectId, count })).sort((a, b) => a.subjectName.localeCompare(b.subjectName, 'ru')),
          total: pupil.total,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
      const currentTo = latest(months.map((month) => month?.asOf ?? ''));
      const file = await reportFile(format, `poseshchaemost-${found.name}-${range.from}-${range.to}`, () => ({
        title: `Посещаемость: ${found.name} класс, ${range.from} — ${range.to}`,
        currentTo,
        columns: [
          { key: 'name', header: 'Ученик' },
          ...sheet.codes.map((code) => ({ key: `code:${code}`, header: REASON_TITLES[code] ?? code, kind: 'number' as const })),
          { key: 'total', header: 'Всего пропущено уроков', kind: 'number' },
          { key: 'subjects', header: 'По предметам' },
        ],
        rows: pupils.map((pupil) => ({
          name: pupil.name,
          ...Object.fromEntries(pupil.byCode.map((entry) => [`code:${entry.code}`, entry.count])),
          total: pupil.total,
          subjects: pupil.bySubject.map((entry) => `${entry.subjectName}: ${entry.count}`).join('; '),
        })),
      }), school?.timeZone || undefined);
      return {
        schoolId: found.schoolId,
        classId: found._id,
        className: found.name,
        from: range.from,
        to: range.to,
        currentTo,
        codes: sheet.codes,
        pupils,
        totals: sheet.codes.map((code) => ({ code, count: sheet.totals.get(code) ?? 0 })),
        file,
      };
    },
  };
}
