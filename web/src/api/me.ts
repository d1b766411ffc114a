import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface Grant {
  role: string;
  schoolId?: string;
  classId?: string;
  groupId?: string;
  subjectId?: string;
  childId?: string;
  personId?: string;
}

export interface Me {
  accountId: string;
  personId: string;
  grants: Grant[];
}

/** The platform's roles as a school says them. */
export const ROLE_NAMES: Record<string, string> = {
  region_operator: 'оператор региона',
  school_admin: 'администратор',
  director: 'директор',
  deputy_director: 'завуч',
  subject_teacher: 'учитель',
  class_teacher: 'классный руководитель',
  parent: 'родитель',
  interested_person: 'доверенное лицо',
  student: 'ученик',
};

export const useMe = () => useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/me'), staleTime: 60_000 });

const TEACHING = ['subject_teacher', 'class_teacher', 'substitute_teacher', 'teacher'];
const FAMILY = ['parent', 'student', 'interested_person'];

/** The children whose diaries the caller reads: a parent's or interested person's children, a pupil's own. */
export function diaryChildren(me: Me): Array<{ studentId: string; role: string }> {
  const seen = new Map<string, string>();
  for (const grant of me.grants) {
    if (!FAMILY.includes(grant.role)) continue;
    const studentId = grant.role === 'student' ? (grant.personId ?? me.personId) : grant.childId;
    if (studentId && !seen.has(studentId)) seen.set(studentId, grant.role);
  }
  return [...seen].map(([studentId, role]) => ({ studentId, role }));
}

/** The schools the caller teaches in (a teacher's grants). */
export function teachingSchools(me: Me): string[] {
  return [...new Set(me.grants.filter((grant) => TEACHING.includes(grant.role) && grant.schoolId).map((grant) => grant.schoolId!))];
}
