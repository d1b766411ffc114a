import { authorize, InvalidArgument, NotFound, type Principal } from '@ejournal/kit';
import type { ClassFacts } from '../domain/school-facts';
import type { ReportsStore } from '../store/reports.store';

const CLASS_MISSING = 'класс не найден';

/**
 * The class a class report is about, if the caller may see its reports (reports.class: its class teacher,
 * the school's administration); anyone else is told it is not there, as for a class that does not exist.
 */
export async function readableClass(store: ReportsStore, classId: string, principal: Principal): Promise<ClassFacts> {
  if (!classId) throw new InvalidArgument('не указан класс', { classId: 'обязательное поле' });
  const found = await store.classes.find(classId);
  if (!found || !authorize(principal, 'reports.class', { schoolId: found.schoolId, classId })) throw new NotFound(CLASS_MISSING);
  return found;
}
