import type { messagingV1 } from '@ejournal/contracts';
import { ensureAllowed, FailedPrecondition, NotFound, schoolsOf, type AsyncHandlers } from '@ejournal/kit';
import { letterInterval, type LetterSources } from '../letters/letter-sources';
import { renderProgressLetters } from '../letters/progress-letter';

const CLASS_MISSING = 'класс не найден';

/**
 * The class teacher's information letters for families without internet (000 §9.2, 004 §4.2.4): a
 * PDF, one sheet per pupil, for a week or a month. The class teacher of the class and the school's
 * administrator print them; for anyone else the class is not there.
 */
export function lettersApi(sources: LetterSources): Pick<AsyncHandlers<messagingV1.MessagingServiceHandlers>, 'PrintProgressLetters'> {
  return {
    async PrintProgressLetters(request, { principal }) {
      const interval = letterInterval(request.from, request.to);
      // The class is looked for in the caller's own schools only: another school's class is not there.
      const schools = schoolsOf(principal);
      const schoolClass = request.classId && schools.length > 0 ? await sources.schoolClass(request.classId) : null;
      if (!schoolClass || !schools.includes(schoolClass.schoolId)) throw new NotFound(CLASS_MISSING);
      ensureAllowed(principal, 'letters.print', { schoolId: schoolClass.schoolId, classId: schoolClass.id }, CLASS_MISSING);
      const letters = await sources.letters(schoolClass, interval);
      if (letters.length === 0) throw new FailedPrecondition(`в классе ${schoolClass.name} нет учеников — писем печатать некому`);
      return renderProgressLetters(letters);
    },
  };
}
