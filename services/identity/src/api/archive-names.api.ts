import type { IdentityServiceHandlers } from '@ejournal/contracts';
import { callingService, InvalidArgument, NotFound, type AsyncHandlers } from '@ejournal/kit';
import type { Identity } from '../identity';

type Handlers = Pick<AsyncHandlers<IdentityServiceHandlers>, 'GetPersonNames'>;

/** The most people one call names (a class's page names its pupils and a few teachers). */
export const MAX_NAMED_PEOPLE = 2_000;

/** The services that name people in what they make: the archive's records, the reports' lists. */
const NAMING_SERVICES = ['archive', 'reports'];

/**
 * The names the archive writes into a closed record (003 §5: the record is read without the platform):
 * the school's pupils and staff by id, those who have left the class too — names only; the reports name
 * the pupils and teachers they list. A service's call: anyone else finds nothing here.
 */
export function archiveNamesApi(identity: Identity): Handlers {
  return {
    async GetPersonNames(request, { principal }) {
      if (!NAMING_SERVICES.includes(callingService(principal) ?? '')) throw new NotFound('нет такого ресурса');
      const ids = [...new Set(request.personIds ?? [])];
      if (!request.schoolId) throw new InvalidArgument('не указана школа', { schoolId: 'обязательное поле' });
      if (ids.length > MAX_NAMED_PEOPLE) throw new InvalidArgument(`не больше ${MAX_NAMED_PEOPLE} человек за один запрос`, { personIds: `до ${MAX_NAMED_PEOPLE}` });
      const people = (await identity.people.findMany(ids)).filter((person) => person.schoolId === request.schoolId);
      return { names: people.map((person) => ({ personId: person._id, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName ?? '' })) };
    },
  };
}
