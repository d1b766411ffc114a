import { randomUUID } from 'node:crypto';
import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import type { AsyncHandlers, PendingEvent } from '@ejournal/kit';
import { subjectAdded } from '../events/curriculum-events';
import { REGIONAL_SUBJECTS, validateRoom, validateSubject, validateTextbook } from '../domain/catalogue';
import { blankCatalogue, type SchoolCatalogue } from '../store/catalogue.store';
import { allow, requiredId } from './access';
import { settingsOf, SCHOOL_MISSING, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'GetCatalogue' | 'AddSubject' | 'AddRoom' | 'AddTextbook'>;

export function catalogueHandlers(stores: Stores): Handlers {
  const { catalogues } = stores;
  /** Adds one item to the school's own catalogue, checked against the catalogue as the school sees it. */
  const add = async <T>(schoolId: string, build: (seen: SchoolCatalogue) => T, put: (own: SchoolCatalogue, item: T) => SchoolCatalogue, events: (item: T, version: number) => PendingEvent[] = () => []): Promise<T> => {
    await settingsOf(stores, schoolId);
    return catalogues.change(
      schoolId,
      (own) => {
        const item = build({ ...own, subjects: [...REGIONAL_SUBJECTS, ...own.subjects] });
        return { next: put(own, item), events: (stored) => events(item, stored.version), result: item };
      },
      () => blankCatalogue(schoolId),
    );
  };

  return {
    async GetCatalogue(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.read', { schoolId }, SCHOOL_MISSING);
      await settingsOf(stores, schoolId);
      const catalogue = await catalogues.of(schoolId);
      return { schoolId, subjects: catalogue.subjects, rooms: catalogue.rooms, textbooks: catalogue.textbooks };
    },

    async AddSubject(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.manage', { schoolId }, SCHOOL_MISSING);
      return add(
        schoolId,
        (catalogue) => ({ id: randomUUID(), ...validateSubject(request, catalogue.subjects) }),
        (own, subject) => ({ ...own, subjects: [...own.subjects, subject] }),
        (subject, version) => [subjectAdded(schoolId, subject, version)],
      );
    },

    async AddRoom(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.manage', { schoolId }, SCHOOL_MISSING);
      return add(schoolId, (catalogue) => ({ id: randomUUID(), ...validateRoom(request, catalogue.rooms) }), (own, room) => ({ ...own, rooms: [...own.rooms, room] }));
    },

    async AddTextbook(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.manage', { schoolId }, SCHOOL_MISSING);
      return add(schoolId, (catalogue) => ({ id: randomUUID(), ...validateTextbook(request, catalogue.subjects) }), (own, textbook) => ({ ...own, textbooks: [...own.textbooks, textbook] }));
    },
  };
}
