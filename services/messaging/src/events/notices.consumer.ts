import { REGIONAL_SUBJECT_CATALOGUE, type attendanceV1, type curriculumV1, type EventEnvelope, type EventType, type gradebookV1, type identityV1, type messagingV1 } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { familyOf, pupilsOf, type SchoolDirectory } from '../domain/correspondence';
import { absenceNotice, accountNotice, changeRequestNotice, finalAtRiskNotice, homeworkNotice, invitationNotice, lessonNotice, markNotice, markOverAbsenceNotice, type Names, type NoticeDraft } from '../domain/notices';
import type { Notifier } from '../delivery/notifier';
import type { Mailboxes } from './mailboxes';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { MessagingStore, SchoolFacts } from '../store/messaging.store';
import { keepSchoolFacts } from './school-facts';

/**
 * The journal's facts told to families: each notice's id comes from its fact (and its revision), so a
 * repeated event adds nothing (services/messaging/test/delivery.int.test.ts tells one twice): they need
 * no inbox.
 */
export const MESSAGING_REPLAY_PROOF = [
  'gradebook.mark.set',
  'gradebook.mark.changed',
  'gradebook.mark.removed',
  'gradebook.mark.over-absence',
  'gradebook.final.set',
  'gradebook.lesson.recorded',
  'attendance.absence.recorded',
  'attendance.absence.corrected',
] as const satisfies readonly EventType[];

export const MESSAGING_EVENTS = [
  'curriculum.school.settings-changed',
  'curriculum.class.changed',
  'curriculum.year.transitioned',
  'curriculum.subject.added',
  'curriculum.enrolment.changed',
  'curriculum.lesson.cancelled',
  'curriculum.lesson.changed',
  ...MESSAGING_REPLAY_PROOF,
  'messaging.message.posted',
  'gradebook.change-request.decided',
  'identity.invitation.issued',
  'identity.account.revoked',
  'identity.tokens.revoked',
] as const satisfies readonly EventType[];
type MessagingEvent = (typeof MESSAGING_EVENTS)[number];

export function namesOf(facts: SchoolFacts, directory: SchoolDirectory): Names {
  return {
    subject: (subjectId) => facts.subjects.find((entry) => entry.subjectId === subjectId)?.name ?? REGIONAL_SUBJECT_CATALOGUE.find((entry) => entry.id === subjectId)?.name ?? 'предмет',
    workKind: (code) => (code ? (facts.workKinds.find((entry) => entry.code === code)?.name ?? '') : ''),
    pupil: (studentId) => {
      const member = directory.members.get(studentId);
      return member ? `${member.lastName} ${member.firstName}` : 'ученик';
    },
  };
}

/**
 * Messaging's one consumer: the school's facts it keeps, its own messages filed in mailboxes, and the
 * notices families get of what happens in the journal (000 §9.1, 002 §2.2). Every notice's id comes
 * from its fact, so a redelivered event changes nothing.
 */
export function keepNotices(store: MessagingStore, directories: SchoolDirectories, notifier: Notifier, mailboxes: Mailboxes): EventHandler<MessagingEvent> {
  /** Drafts about pupils, each to the pupil's family (or to whom `to` names of it). */
  const toFamilies = async (event: EventEnvelope, draftsOf: (names: Names, directory: SchoolDirectory) => NoticeDraft[], to = (directory: SchoolDirectory, studentId: string) => familyOf(studentId, directory)) => {
    const [directory, facts] = await Promise.all([directories.of(event.schoolId), directories.facts(event.schoolId)]);
    const drafts = draftsOf(namesOf(facts, directory), directory);
    await notifier.notify(event.schoolId, drafts.map((draft) => ({ draft, personIds: to(directory, draft.studentId) })));
  };

  /** The pupils a lesson is for: the class, or only its group's (as curriculum's enrolment placed them). */
  const pupilsOfLesson = async (classId: string, groupId: string, directory: SchoolDirectory): Promise<string[]> => {
    const pupils = pupilsOf(classId, directory);
    if (!groupId) return pupils;
    const groups = await Promise.all(pupils.map((studentId) => store.pupilGroups.find(studentId)));
    return pupils.filter((_, index) => groups[index]?.groupIds.includes(groupId));
  };
  /** Drafts for each pupil of a lesson, to their families. */
  const toLessonFamilies = async (event: EventEnvelope, classId: string, groupId: string, draftOf: (studentId: string, names: Names) => NoticeDraft | null) => {
    const directory = await directories.of(event.schoolId);
    const pupils = await pupilsOfLesson(classId, groupId, directory);
    return toFamilies(event, (names) => pupils.map((studentId) => draftOf(studentId, names)).filter((draft): draft is NoticeDraft => draft !== null));
  };

  return async (event) => {
    if (await keepSchoolFacts(store, event)) {
      // A pupil's groups are not facts kept in memory; settings and subjects are; classes are named in the directory too.
      if (event.type !== 'curriculum.enrolment.changed') directories.forget(event.schoolId, event.type === 'curriculum.class.changed' || event.type === 'curriculum.year.transitioned');
      return;
    }
    switch (event.type) {
      case 'gradebook.mark.set':
      case 'gradebook.mark.changed':
      case 'gradebook.mark.removed': {
        const fact = event.payload as gradebookV1.MarkFact__Output;
        return toFamilies(event, (names) => [markNotice(fact, event.type !== 'gradebook.mark.set', names)]);
      }
      case 'gradebook.mark.over-absence': {
        const fact = event.payload as gradebookV1.MarkOverAbsence__Output;
        return toFamilies(event, (names) => [markOverAbsenceNotice(fact, names)]);
      }
      case 'gradebook.final.set': {
        const fact = event.payload as gradebookV1.FinalSet__Output;
        return toFamilies(event, (names) => [finalAtRiskNotice(fact, names)].filter((draft): draft is NoticeDraft => draft !== null));
      }
      case 'gradebook.lesson.recorded': {
        const record = event.payload as gradebookV1.LessonRecorded__Output;
        const individual = new Map(record.individualHomework.map((entry) => [entry.studentId, entry.text]));
        if (!record.homework && individual.size === 0) return;
        return toLessonFamilies(event, record.classId, record.groupId, (studentId, names) => {
          const homework = [record.homework, individual.get(studentId) ?? ''].filter(Boolean).join('\n');
          return homework ? homeworkNotice({ lessonId: record.lessonId, subjectId: record.subjectId, date: record.date, homework }, studentId, names) : null;
        });
      }
      case 'attendance.absence.recorded':
      case 'attendance.absence.corrected': {
        const fact = event.payload as attendanceV1.AbsenceFact__Output;
        if (event.type === 'attendance.absence.recorded' && !fact.code) return;
        return toFamilies(event, (names) => [absenceNotice(fact, event.type === 'attendance.absence.corrected', names)]);
      }
      case 'curriculum.lesson.cancelled': {
        const { lesson, reason } = event.payload as curriculumV1.LessonCancelled__Output;
        if (!lesson) return;
        return toLessonFamilies(event, lesson.classId, lesson.groupId, (studentId, names) => lessonNotice(lesson, { cancelled: true, previousDate: '', reason, version: event.aggregateVersion }, studentId, names));
      }
      case 'curriculum.lesson.changed': {
        const { change, lesson, previousDate } = event.payload as curriculumV1.LessonChanged__Output;
        if (change !== 'moved' || !lesson || !previousDate || previousDate === lesson.date) return;
        return toLessonFamilies(event, lesson.classId, lesson.groupId, (studentId, names) => lessonNotice(lesson, { cancelled: false, previousDate, reason: '', version: event.aggregateVersion }, studentId, names));
      }
      case 'gradebook.change-request.decided': {
        const decided = event.payload as gradebookV1.ChangeRequestDecided__Output;
        if (!decided.teacherId) return;
        const [directory, facts] = await Promise.all([directories.of(event.schoolId, [decided.teacherId]), directories.facts(event.schoolId)]);
        await notifier.notify(event.schoolId, [{ draft: changeRequestNotice(decided, namesOf(facts, directory)), personIds: [decided.teacherId] }]);
        return;
      }
      // The child's parents (not the person the code is for: they have no account yet).
      case 'identity.invitation.issued': {
        const issued = event.payload as identityV1.InvitationIssued__Output;
        return toFamilies(event, (names) => [invitationNotice(issued, names)], (directory, studentId) => familyOf(studentId, directory).filter((personId) => personId !== studentId));
      }
      case 'identity.account.revoked':
      case 'identity.tokens.revoked': {
        const revoked = event.payload as identityV1.TokensRevoked__Output & identityV1.AccountRevoked__Output;
        const blocked = event.type === 'identity.account.revoked';
        if (!revoked.personId || (!blocked && revoked.reason !== 'password-reset')) return;
        await notifier.notify('', [{ draft: accountNotice({ accountId: revoked.accountId, at: event.occurredAt.toISOString(), kind: blocked ? 'account-locked' : 'password-reset' }), personIds: [revoked.personId] }]);
        return;
      }
      case 'messaging.message.posted': {
        const posted = event.payload as messagingV1.MessagePosted__Output;
        return mailboxes.filed(posted.threadId, posted.messageId);
      }
    }
  };
}

