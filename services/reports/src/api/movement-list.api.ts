import type { reportsV1 } from '@ejournal/contracts';
import { NotFound, type AsyncHandlers } from '@ejournal/kit';
import { studentsOn } from '@ejournal/read-models';
import { localDateTime, MOVEMENT_KIND_NAMES } from '@ejournal/school-rules';
import { movementList } from '../domain/movements';
import { defaultPeriod, schemeOfGrade } from '../domain/school-facts';
import type { Names } from '../peers';
import type { ReportsStore } from '../store/reports.store';
import { readableClass } from './class-access';
import { reportRange } from './report-dates';
import { formatOf, reportFile } from './report-files';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetMovementList'>;

/**
 * The class's movement list (004 §4.2.4: «движение учащихся»): who arrived and who left over a period —
 * asked, or the one going on in the class's scheme — or between two dates, with the orders' numbers, and
 * the pupils at its start and end. Its class teacher and the school's administration, as the other class reports.
 */
export function movementListApi(store: ReportsStore, names: Names): Handlers {
  return {
    async GetMovementList(request, { principal }) {
      const format = formatOf(request.format);
      const found = await readableClass(store, request.classId, principal);
      const [school, year] = await Promise.all([store.schools.find(found.schoolId), store.years.find(found.yearId)]);
      const today = localDateTime(new Date(), school?.timeZone || undefined).date;
      const dated = Boolean(request.from || request.to);
      const period = dated ? undefined : request.periodId ? year?.periods.find((item) => item.id === request.periodId) : defaultPeriod(year, today, schemeOfGrade(school, found.grade));
      if (!dated && !period) throw new NotFound(request.periodId ? 'учебный период не найден' : 'у класса нет учебных периодов');
      const range = period ? { from: period.startsOn, to: period.endsOn } : reportRange(request.from, request.to, today);
      const [doc, roster] = await Promise.all([store.classMovements.find(found._id), store.rosters.find(found._id)]);
      const list = movementList(doc, found._id, range, (date) => studentsOn(roster, date).length);
      const otherClasses = [...new Set(list.lines.map((line) => (line.arrival ? line.fromClassId : line.toClassId)).filter(Boolean))];
      const [pupilName, others] = await Promise.all([names.of(found.schoolId, [...new Set(list.lines.map((line) => line.studentId))]), Promise.all(otherClasses.map((classId) => store.classes.find(classId)))]);
      const className = new Map(others.filter((item) => item !== null).map((item) => [item._id, item.name]));
      const movements = list.lines.map((line) => ({
        date: line.date,
        studentId: line.studentId,
        name: pupilName.get(line.studentId) ?? '',
        kind: line.kind,
        kindName: MOVEMENT_KIND_NAMES[line.kind as keyof typeof MOVEMENT_KIND_NAMES] ?? line.kind,
        arrival: line.arrival,
        otherClassName: className.get(line.arrival ? line.fromClassId : line.toClassId) ?? '',
        orderNumber: line.orderNumber,
      })).sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'ru'));
      const currentTo = doc?.asOf ?? '';
      const file = await reportFile(format, `dvizhenie-${found.name}-${range.from}-${range.to}`, () => ({
        title: `Движение учащихся: ${found.name} класс, ${period ? period.name : `${range.from} — ${range.to}`}`,
        currentTo,
        columns: [
          { key: 'date', header: 'Дата' },
          { key: 'name', header: 'Ученик' },
          { key: 'direction', header: 'Прибыл / выбыл' },
          { key: 'kindName', header: 'Вид движения' },
          { key: 'otherClassName', header: 'Откуда / куда (класс)' },
          { key: 'orderNumber', header: 'Номер приказа' },
        ],
        rows: movements.map(({ date, name, kindName, otherClassName, orderNumber, arrival }) => ({ date, name, direction: arrival ? 'прибыл' : 'выбыл', kindName, otherClassName, orderNumber })),
      }), school?.timeZone || undefined);
      return {
        schoolId: found.schoolId,
        classId: found._id,
        className: found.name,
        from: range.from,
        to: range.to,
        periodName: period?.name ?? '',
        currentTo,
        onStart: list.onStart,
        arrived: list.arrived,
        left: list.left,
        onEnd: list.onEnd,
        movements,
        file,
      };
    },
  };
}
