import type { IdentityServiceHandlers } from '@ejournal/contracts';
import { callingService, InvalidArgument, NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { grantsHeld } from '../domain/grants';
import type { Identity } from '../identity';
import type { Account } from '../store/account.store';
import { grantToMessage } from './messages';

type Handlers = Pick<AsyncHandlers<IdentityServiceHandlers>, 'GetSchoolDirectory' | 'GetContactAddresses'>;

/** The most people whose addresses one call asks for. */
export const MAX_CONTACT_ADDRESSES = 1_000;

/**
 * Who messaging writes to: a school's people with an active account and what they hold in the school
 * (it decides from it who may write to whom and whose family a notice about a pupil goes to), and the
 * e-mail addresses notices go to. A service's calls: anyone but messaging finds nothing here.
 */
export function correspondentsApi(identity: Identity): Handlers {
  const ensureMessaging = (principal: Principal) => {
    if (callingService(principal) !== 'messaging') throw new NotFound('нет такого ресурса');
  };

  return {
    // The school's people and their pupils' parents and interested persons who hold an active account,
    // with the grants they hold in the school — no contacts, no dates of birth, no logins.
    async GetSchoolDirectory(request, { principal }) {
      ensureMessaging(principal);
      const schoolId = request.schoolId ?? '';
      const [school, people] = await Promise.all([schoolId ? identity.knownSchools.find(schoolId) : null, schoolId ? identity.people.ofSchool(schoolId) : []]);
      if (!school) throw new NotFound('школа не найдена', { schoolId: 'нет такой школы' });
      const pupilIds = people.filter((person) => person.kind === 'student').map((person) => person._id);
      // The people's own accounts, and those whose grants name the school's pupils (parents of no school or of another one).
      const [own, parents] = await Promise.all([identity.accounts.ofPeople(people.map((person) => person._id)), identity.accounts.parentsOf(pupilIds)]);
      const accountsOf = new Map<string, Account[]>();
      for (const account of new Map([...own, ...parents].map((account) => [account._id, account])).values()) {
        if (account.status === 'active') accountsOf.set(account.personId, [...(accountsOf.get(account.personId) ?? []), account]);
      }
      const known = new Map(people.map((person) => [person._id, person]));
      const [outsiders, derived] = await Promise.all([identity.people.findMany([...accountsOf.keys()].filter((id) => !known.has(id))), identity.derivedGrants.ofMany([...accountsOf.keys()])]);
      for (const person of outsiders) known.set(person._id, person);

      const entries = [];
      // Every pupil of the school is here, with an account or without (the class of a parent's child; the
      // information letters for families without internet); without one they hold no grants.
      for (const person of people) {
        if (person.kind !== 'student' || accountsOf.has(person._id)) continue;
        entries.push({ personId: person._id, kind: person.kind, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName ?? '', classId: person.classId, grants: [] });
      }
      for (const [personId, accounts] of accountsOf) {
        const person = known.get(personId);
        if (!person) continue;
        const grants = grantsHeld(accounts.flatMap((account) => account.grants), person, derived.get(personId) ?? []).filter((grant) => grant.schoolId === schoolId);
        // A parent of no school (or of another) is here for what they hold in this one.
        if (person.schoolId !== schoolId && grants.length === 0) continue;
        entries.push({
          personId,
          kind: person.kind,
          lastName: person.lastName,
          firstName: person.firstName,
          middleName: person.middleName ?? '',
          classId: person.kind === 'student' ? person.classId : '',
          grants: grants.map(grantToMessage),
        });
      }
      return { schoolId, people: entries };
    },

    // The addresses notices go to: only people who have one.
    async GetContactAddresses(request, { principal }) {
      ensureMessaging(principal);
      if (request.personIds.length > MAX_CONTACT_ADDRESSES) {
        throw new InvalidArgument(`не больше ${MAX_CONTACT_ADDRESSES} человек за один запрос`, { personIds: `не больше ${MAX_CONTACT_ADDRESSES}` });
      }
      const people = await identity.people.findMany([...new Set(request.personIds.filter(Boolean))]);
      return { addresses: people.filter((person) => person.email).map((person) => ({ personId: person._id, email: person.email })) };
    },
  };
}
