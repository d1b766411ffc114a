import type { EventEnvelope } from '@ejournal/contracts';

/** gradebook.lesson.recorded for lesson L1 of class C1 on 2026-09-02 (the week of 2026-08-31), with a topic, at a version. */
export const lessonRecorded = (topic: string, version: number) =>
  ({
    id: `e${version}`, type: 'gradebook.lesson.recorded', occurredAt: new Date(), producer: 'gradebook', schoolId: 'S1', aggregateId: 'L1', aggregateVersion: version, traceparent: '', tracestate: '',
    payload: { lessonId: 'L1', classId: 'C1', groupId: '', subjectId: 'math', date: '2026-09-02', teacherId: 'T1', topic, homework: '', noHomework: false, individualHomework: [], remarks: [], files: [], version: String(version) },
  }) as unknown as EventEnvelope<'gradebook.lesson.recorded'>;
