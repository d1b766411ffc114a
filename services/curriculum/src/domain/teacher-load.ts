import { InvalidArgument } from '@ejournal/kit';
import type { Subject } from './catalogue';
import type { LoadAssignment } from './curriculum';
import { isUuid } from './ids';
import type { SchoolClass } from './school-class';

export type { LoadAssignment } from './curriculum';

/** Checks a year's whole teacher load (нагрузка): teacher × subject × class or group × hours. */
export function validateTeacherLoad(assignments: LoadAssignment[], subjects: Subject[], classes: SchoolClass[]): LoadAssignment[] {
  const violations: Record<string, string> = {};
  const seen = new Set<string>();
  const result = assignments.map((assignment, index) => {
    const where = `assignments[${index}]`;
    const schoolClass = classes.find((candidate) => candidate._id === assignment.classId);
    if (!isUuid(assignment.teacherId ?? '')) violations[`${where}.teacherId`] = 'идентификатор учителя';
    if (!subjects.some((subject) => subject.id === assignment.subjectId)) violations[`${where}.subjectId`] = `нет предмета «${assignment.subjectId}» в каталоге`;
    if (!schoolClass) violations[`${where}.classId`] = 'нет такого класса в этом учебном году';
    const groupId = assignment.groupId ?? '';
    if (schoolClass && groupId && !schoolClass.groups.some((group) => group.id === groupId && group.subjectId === assignment.subjectId)) {
      violations[`${where}.groupId`] = `в ${schoolClass.name} нет такой группы по этому предмету`;
    }
    if (!(assignment.hoursPerWeek > 0 && assignment.hoursPerWeek <= 40 && Number.isInteger(assignment.hoursPerWeek * 2))) violations[`${where}.hoursPerWeek`] = `часов в неделю: от 0,5 до 40, а дано ${assignment.hoursPerWeek}`;
    const key = `${assignment.teacherId}|${assignment.subjectId}|${assignment.classId}|${groupId}`;
    if (seen.has(key)) violations[where] = 'одна и та же нагрузка указана дважды';
    seen.add(key);
    return { teacherId: assignment.teacherId, subjectId: assignment.subjectId, classId: assignment.classId, groupId, hoursPerWeek: assignment.hoursPerWeek };
  });
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`нагрузка не сохранена: ${Object.values(violations).join('; ')}`, violations);
  return result;
}
