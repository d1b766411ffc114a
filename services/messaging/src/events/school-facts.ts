import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { DEFAULT_TIME_ZONE } from '@ejournal/school-rules';
import type { MessagingStore, SchoolFacts } from '../store/messaging.store';

const blank = (schoolId: string) => (): SchoolFacts => ({ _id: schoolId, timeZone: DEFAULT_TIME_ZONE, settingsVersion: 0, workKinds: [], classes: [], subjects: [], version: 0 });

const className = (fact: curriculumV1.ClassFact__Output) => `${fact.grade}${fact.letter}`;

function withClasses(facts: SchoolFacts, classes: curriculumV1.ClassFact__Output[]): SchoolFacts | null {
  const same = (entry: SchoolFacts['classes'][number], fact: curriculumV1.ClassFact__Output) => entry.classId === fact.classId && entry.name === className(fact) && entry.grade === fact.grade && (entry.groupIds ?? []).join() === fact.groupIds.join();
  const changed = classes.filter((fact) => !facts.classes.some((entry) => same(entry, fact)));
  if (changed.length === 0) return null;
  const ids = new Set(changed.map((fact) => fact.classId));
  return { ...facts, classes: [...facts.classes.filter((entry) => !ids.has(entry.classId)), ...changed.map((fact) => ({ classId: fact.classId, name: className(fact), grade: fact.grade, groupIds: fact.groupIds }))] };
}

/**
 * What messaging keeps of a school from curriculum's events: its time zone (quiet hours and digests are
 * in school time), its work kinds' names, its classes and subjects (the names notices and relations use).
 * Each change is order-proof: settings by their version, names by id.
 */
export async function keepSchoolFacts(store: MessagingStore, event: EventEnvelope): Promise<boolean> {
  const change = (apply: (facts: SchoolFacts) => SchoolFacts | null) =>
    store.schools.change(event.schoolId, (facts) => ({ next: apply(facts), result: null }), blank(event.schoolId)).then(() => true);
  switch (event.type) {
    case 'curriculum.school.settings-changed': {
      const { settings } = event.payload as curriculumV1.SchoolSettingsChanged__Output;
      return change((facts) =>
        facts.settingsVersion >= event.aggregateVersion || !settings
          ? null
          : { ...facts, settingsVersion: event.aggregateVersion, timeZone: settings.timeZone || DEFAULT_TIME_ZONE, workKinds: settings.workKinds.map((kind) => ({ code: kind.code, name: kind.name })) },
      );
    }
    case 'curriculum.class.changed': {
      const fact = (event.payload as curriculumV1.ClassChanged__Output).class;
      return fact ? change((facts) => withClasses(facts, [fact])) : true;
    }
    case 'curriculum.year.transitioned':
      return change((facts) => withClasses(facts, (event.payload as curriculumV1.YearTransitioned__Output).newClasses));
    // The groups a pupil is in (announcements to a group reach its families).
    case 'curriculum.enrolment.changed': {
      const enrolment = event.payload as curriculumV1.EnrolmentChanged__Output;
      const groupIds = [...new Set(enrolment.placements.map((placement) => placement.groupId).filter(Boolean))];
      await store.pupilGroups.change(
        enrolment.studentId,
        (current) => ({ next: current.enrolmentVersion >= event.aggregateVersion ? null : { ...current, schoolId: event.schoolId, groupIds, enrolmentVersion: event.aggregateVersion }, result: null }),
        () => ({ _id: enrolment.studentId, schoolId: event.schoolId, groupIds: [], enrolmentVersion: 0, version: 0 }),
      );
      return true;
    }
    case 'curriculum.subject.added': {
      const subject = event.payload as curriculumV1.SubjectAdded__Output;
      return change((facts) => (facts.subjects.some((entry) => entry.subjectId === subject.subjectId && entry.name === subject.name) ? null : { ...facts, subjects: [...facts.subjects.filter((entry) => entry.subjectId !== subject.subjectId), { subjectId: subject.subjectId, name: subject.name }] }));
    }
    default:
      return false;
  }
}
