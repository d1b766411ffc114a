import { randomUUID } from 'node:crypto';
import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { InvalidArgument, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { isUuid } from '../domain/ids';
import { ensureSubject } from '../domain/catalogue';
import { addGroup, validateClass, type SchoolClass } from '../domain/school-class';
import { classChanged } from '../events/curriculum-events';
import { allow, requiredId } from './access';
import { classMessage } from './messages';
import { CLASS_MISSING, classOf, settingsOf, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'CreateClass' | 'ListClasses' | 'GetClass' | 'SetClassTeacher' | 'DefineGroup'>;

export function classHandlers(stores: Stores): Handlers {
  const { classes, catalogues } = stores;

  const changeClass = async (classId: string, principal: Parameters<typeof allow>[0], apply: (schoolClass: SchoolClass) => SchoolClass) => {
    const changed = await classes.change(
      classId,
      (schoolClass) => {
        allow(principal, 'schedule.manage', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
        return { next: apply(schoolClass), events: (stored) => [classChanged(stored)] };
      },
      () => new NotFound(CLASS_MISSING),
    );
    return classMessage(changed);
  };

  return {
    async CreateClass(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const settings = await settingsOf(stores, year.schoolId);
      const fields = validateClass(request, settings, year);
      await stores.people.ensure(year.schoolId, 'staff', [fields.classTeacherId], 'classTeacherId');
      const schoolClass: SchoolClass = { _id: randomUUID(), schoolId: year.schoolId, yearId: year._id, ...fields, groups: [], previousClassId: '', version: 1 };
      await classes.insert(schoolClass, [classChanged(schoolClass)], `класс ${schoolClass.name} в ${year.name} уже есть`);
      return classMessage(schoolClass);
    },

    async ListClasses(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.read', { schoolId: year.schoolId }, YEAR_MISSING);
      const found = await classes.findWhere({ yearId: year._id });
      return { classes: found.sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru')).map(classMessage) };
    },

    async GetClass(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.read', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      return classMessage(schoolClass);
    },

    async SetClassTeacher(request, { principal }) {
      const teacherId = (request.teacherId ?? '').trim();
      if (teacherId && !isUuid(teacherId)) throw new InvalidArgument('идентификатор классного руководителя', { teacherId: 'идентификатор сотрудника' });
      const current = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.manage', { schoolId: current.schoolId }, CLASS_MISSING);
      await stores.people.ensure(current.schoolId, 'staff', [teacherId], 'teacherId');
      return changeClass(requiredId(request.classId, 'classId', CLASS_MISSING), principal, (schoolClass) => ({ ...schoolClass, classTeacherId: teacherId }));
    },

    async DefineGroup(request, { principal }) {
      const classId = requiredId(request.classId, 'classId', CLASS_MISSING);
      const current = await classOf(stores, classId);
      allow(principal, 'schedule.manage', { schoolId: current.schoolId }, CLASS_MISSING);
      const catalogue = await catalogues.of(current.schoolId);
      ensureSubject(catalogue.subjects, request.subjectId);
      return changeClass(classId, principal, (schoolClass) => addGroup(schoolClass, randomUUID(), request.subjectId, request.name));
    },
  };
}
