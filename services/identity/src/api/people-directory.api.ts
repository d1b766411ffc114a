import type { IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, PermissionDenied, type AsyncHandlers, schoolsOf, type Principal } from '@ejournal/kit';
import { beyondClassTeacher, personViolations, type PersonData } from '../domain/people';
import type { Identity } from '../identity';
import { staffNamed } from '../events/staff-named';
import { grantsOf } from '../sessions/sessions';
import type { Account } from '../store/account.store';
import type { Person } from '../store/person.store';
import { grantToMessage, personToMessage } from './messages';

type Handlers = Pick<AsyncHandlers<IdentityServiceHandlers>, 'ListPeople' | 'ListPupilNames' | 'UpdatePerson'>;

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
/** People in the order of a class list: by surname, then name (ё as е). */
const byName = (a: Person, b: Person) => fold(`${a.lastName} ${a.firstName}`).localeCompare(fold(`${b.lastName} ${b.firstName}`), 'ru');

/**
 * The school's people for those who keep them: the administration finds anyone of the school by name,
 * login, kind, role or class; a class teacher sees the class's pupils and their parents (000 §9.2) and
 * keeps their contacts current (004 §4.2.4). Everything else is as if it were not there.
 */
export function peopleDirectoryApi(identity: Identity): Handlers {
  /** The classes whose people the caller keeps as their class teacher. */
  const classesOf = (principal: Principal, schoolId: string) => principal.grants.filter((grant) => grant.role === 'class_teacher' && grant.schoolId === schoolId && grant.classId).map((grant) => grant.classId!);

  /** The parents' accounts of these pupils, and their persons. */
  const parentsOf = async (pupils: Person[]) => {
    const accounts = await identity.accounts.parentsOf(pupils.map((pupil) => pupil._id));
    return { accounts, people: await identity.people.findMany([...new Set(accounts.map((account) => account.personId))]) };
  };

  const summaries = async (person: Person, accounts?: Account[]) =>
    Promise.all(
      (accounts ?? (await identity.accounts.ofPerson(person._id))).map(async (account) => ({
        id: account._id,
        login: account.login,
        status: account.status,
        grants: (await grantsOf(identity, account, person)).map(grantToMessage),
      })),
    );

  return {
    // The journal's rows by name (000 §9.1) for those who teach or keep the class: names only.
    async ListPupilNames(request, { principal }) {
      const classId = request.classId ?? '';
      // The class is looked for in the caller's own schools only: another school's class is not there.
      const schools = schoolsOf(principal);
      const found = (await Promise.all(schools.map((schoolId) => identity.structure.classOf(schoolId, classId)))).find((fact) => fact !== null);
      if (!classId || !found || !authorize(principal, 'pupil-names.read', { schoolId: found.schoolId, classId })) throw new NotFound('класс не найден');
      const pupils = (await identity.people.ofSchool(found.schoolId)).filter((person) => person.kind === 'student' && person.classId === classId);
      return {
        pupils: pupils
          .sort(byName)
          .map((person) => ({ personId: person._id, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName ?? '' })),
      };
    },

    async ListPeople(request, { principal }) {
      const schoolId = request.schoolId ?? '';
      const wholeSchool = authorize(principal, 'people.list', { schoolId });
      const ownClasses = classesOf(principal, schoolId);
      if (!wholeSchool && ownClasses.length === 0) throw new NotFound('школа не найдена');
      if (!wholeSchool && request.classId && !ownClasses.includes(request.classId)) throw new NotFound('класс не найден');
      const limit = Math.min(Math.max(request.limit || 100, 1), 1_000);
      let people = await identity.people.ofSchool(schoolId);
      if (!wholeSchool || request.classId) {
        const classes = request.classId ? [request.classId] : ownClasses;
        const pupils = people.filter((person) => person.kind === 'student' && classes.includes(person.classId));
        people = [...pupils, ...(await parentsOf(pupils)).people];
      }
      if (request.kind) people = people.filter((person) => person.kind === request.kind);
      const query = fold((request.query ?? '').trim());
      const listed: Array<{ person: Person; accounts: Awaited<ReturnType<typeof summaries>> }> = [];
      for (const person of people.sort(byName)) {
        if (listed.length >= limit) break;
        const accounts = await summaries(person);
        const text = fold([person.lastName, person.firstName, person.middleName, ...accounts.map((account) => account.login)].join(' '));
        if (query && !text.includes(query)) continue;
        if (request.role && !accounts.some((account) => account.grants.some((grant) => grant.role === request.role))) continue;
        listed.push({ person, accounts });
      }
      return { people: listed.map(({ person, accounts }) => ({ person: personToMessage(person), accounts })) };
    },

    async UpdatePerson(request, { principal, clientAddress }) {
      const person = request.personId ? await identity.people.find(request.personId) : null;
      if (!person) throw new NotFound('человек не найден');
      const changes: Partial<PersonData> = {};
      for (const field of ['lastName', 'firstName', 'middleName', 'email', 'phone'] as const) if (request[field] !== undefined) changes[field] = request[field];
      if (Object.keys(changes).length === 0) throw new InvalidArgument('нечего менять: укажите поля', { '(тело)': 'хотя бы одно поле' });
      const asAdministrator = authorize(principal, 'person.update', { schoolId: person.schoolId });
      let asClassTeacher = false;
      if (!asAdministrator) {
        const classes = classesOf(principal, person.schoolId);
        const pupilsOfParent = person.kind === 'parent' ? await identity.people.findMany((await identity.accounts.ofPerson(person._id)).flatMap((account) => account.grants.filter((grant) => grant.role === 'parent').map((grant) => grant.childId!))) : [];
        asClassTeacher = (person.kind === 'student' && classes.includes(person.classId)) || pupilsOfParent.some((pupil) => classes.includes(pupil.classId));
        if (!asClassTeacher) throw new NotFound('человек не найден');
        const beyond = beyondClassTeacher(Object.keys(changes));
        if (beyond.length > 0) throw new PermissionDenied(`классный руководитель меняет только контакты (эл. почта, телефон); ${beyond.join(', ')} — администратор школы`);
      }
      const { person: checked, violations } = personViolations({ ...person, ...changes });
      const wrong = Object.fromEntries(Object.entries(violations).filter(([field]) => field in changes));
      if (Object.keys(wrong).length > 0) throw new InvalidArgument(`данные неверны: ${Object.values(wrong).join('; ')}`, wrong);
      const renamed = ['lastName', 'firstName', 'middleName'].some((field) => field in changes);
      const updated = await identity.people.update(person._id, Object.fromEntries(Object.keys(changes).map((field) => [field, checked[field as keyof PersonData]])), (next) => (next.kind === 'staff' && renamed ? [staffNamed(next, Date.now())] : []));
      await identity.audit.record({ action: 'person.updated', actorAccountId: principal.subject, subjectId: person._id, schoolId: person.schoolId, clientAddress, details: Object.keys(changes).join(',') });
      return personToMessage(updated!);
    },
  };
}
