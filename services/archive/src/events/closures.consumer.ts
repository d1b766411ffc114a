import type { curriculumV1, EventType, gradebookV1 } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import type { Archivist } from '../archiving/archivist';
import type { ArchivingPass } from '../archiving/archiving-pass';
import type { ArchiveStore } from '../store/archive.store';

export const ARCHIVE_EVENTS = ['curriculum.period.closed', 'gradebook.change-request.decided'] as const satisfies readonly EventType[];
type ArchiveEvent = (typeof ARCHIVE_EVENTS)[number];

/**
 * A period's closure asks for its archiving (once per closure: the year's version names it, so a
 * redelivered event asks for nothing new); the pass does the work. A change approved after closure
 * amends the page's record at once (a redelivered decision finds the line ending with the same content).
 */
export function keepClosedRecords(store: ArchiveStore, archivist: Archivist, pass: ArchivingPass): EventHandler<ArchiveEvent> {
  return async (event) => {
    switch (event.type) {
      case 'curriculum.period.closed': {
        const { yearId, period } = event.payload as curriculumV1.PeriodClosed__Output;
        if (!period) return;
        const asked = await store.requestArchiving({
          _id: `${period.id}@${event.aggregateVersion}`,
          schoolId: event.schoolId,
          yearId,
          periodId: period.id,
          periodName: period.name,
          status: 'pending',
          records: 0,
          requestedAt: new Date(),
          lastError: '',
        });
        if (asked) pass.wake();
        return;
      }
      case 'gradebook.change-request.decided':
        await archivist.amendPage(event.schoolId, event.payload as gradebookV1.ChangeRequestDecided__Output);
        return;
    }
  };
}
