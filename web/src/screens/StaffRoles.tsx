import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ROLE_NAMES, type Grant } from '../api/me';
import { useCatalogue, useSchoolClasses } from '../api/school';
import { ClassName, FormError } from './parts';

/** A role as an account holds it; `source` is set on one the school's structure gives (class teacher's appointment, load, timetable, substitution). */
export type HeldGrant = Grant & { source?: string };

/** The roles an administrator gives staff by hand (002 §3.3); a class or a class and subject for the teaching ones. */
const GIVEN_ROLES = ['school_admin', 'director', 'deputy_director', 'class_teacher', 'subject_teacher'];
const needsClass = (role: string) => role === 'class_teacher' || role === 'subject_teacher';


/**
 * A member of staff's roles in the school, for its administrator: each with its class and subject; one
 * given by hand can be taken back (the account's tokens stop at once), one the school's structure gives
 * (the timetable, the load, the class teacher's appointment) changes only with that structure. A new role
 * is given with its class, and its subject for a subject teacher.
 */
export function StaffRoles({ schoolId, accountId, name, grants, onChanged }: { schoolId: string; accountId: string; name: string; grants: HeldGrant[]; onChanged: (message: string) => void }) {
  const classes = useSchoolClasses(schoolId, true);
  const catalogue = useCatalogue(schoolId);
  const [role, setRole] = useState('');
  const [classId, setClassId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [error, setError] = useState('');
  const subjectName = (id: string) => catalogue.data?.subjects.find((subject) => subject.id === id)?.name ?? id;
  const own = grants.filter((grant) => grant.schoolId === schoolId && GIVEN_ROLES.includes(grant.role));
  const scopeOf = (grant: HeldGrant) => ({ role: grant.role, schoolId, ...(grant.classId ? { classId: grant.classId } : {}), ...(grant.groupId ? { groupId: grant.groupId } : {}), ...(grant.subjectId ? { subjectId: grant.subjectId } : {}) });
  const titleOf = (grant: HeldGrant) => [ROLE_NAMES[grant.role] ?? grant.role, grant.subjectId ? subjectName(grant.subjectId) : ''].filter(Boolean).join(', ');

  const give = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    if (!role) return setError('Выберите роль');
    if (needsClass(role) && !classId) return setError('Выберите класс');
    if (role === 'subject_teacher' && !subjectId) return setError('Выберите предмет');
    try {
      await api(`/accounts/${accountId}/grants`, { method: 'POST', body: { role, schoolId, ...(needsClass(role) ? { classId } : {}), ...(role === 'subject_teacher' ? { subjectId } : {}) } });
      onChanged(`${name}: назначена роль «${ROLE_NAMES[role]}»`);
      setRole('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'роль не назначена');
    }
  };
  const takeBack = async (grant: HeldGrant) => {
    setError('');
    try {
      await api(`/accounts/${accountId}/grants`, { method: 'DELETE', body: scopeOf(grant) });
      onChanged(`${name}: роль «${ROLE_NAMES[grant.role]}» снята`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'роль не снята');
    }
  };

  return (
    <div className="staff-roles">
      <ul>
        {own.length === 0 && <li>Ролей в школе нет</li>}
        {own.map((grant) => (
          <li key={`${grant.role}|${grant.classId}|${grant.groupId}|${grant.subjectId}|${grant.source}`}>
            {titleOf(grant)}
            {grant.classId && (
              <>
                , <ClassName classId={grant.classId} />
              </>
            )}
            {grant.source ? (
              <span className="muted"> — по расписанию и нагрузке школы</span>
            ) : (
              <>
                {' '}
                <button type="button" className="link" onClick={() => void takeBack(grant)} aria-label={`Снять роль: ${titleOf(grant)} — ${name}`}>
                  Снять
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={give} aria-label={`Назначить роль: ${name}`}>
        <label className="inline">
          Роль{' '}
          <select value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">—</option>
            {GIVEN_ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {ROLE_NAMES[candidate]}
              </option>
            ))}
          </select>
        </label>
        {needsClass(role) && (
          <label className="inline">
            Класс{' '}
            <select value={classId} onChange={(event) => setClassId(event.target.value)}>
              <option value="">—</option>
              {classes.classes.map((schoolClass) => (
                <option key={schoolClass.id} value={schoolClass.id}>
                  {schoolClass.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {role === 'subject_teacher' && (
          <label className="inline">
            Предмет{' '}
            <select value={subjectId} onChange={(event) => setSubjectId(event.target.value)}>
              <option value="">—</option>
              {(catalogue.data?.subjects ?? []).map((subject) => (
                <option key={subject.id} value={subject.id}>
                  {subject.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">Назначить</button>
      </form>
      <FormError error={error} />
    </div>
  );
}
