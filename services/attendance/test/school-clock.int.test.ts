// Attendance follows the school's time zone from curriculum's settings (000 §9.1: absences only on a
// lesson that has begun — by the school's clock, not Moscow's). Against the real server: the newer
// settings win whatever order they arrive in, and a school without settings falls back to the default.
import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';
import { keepCurriculum } from '../src/events/curriculum.consumer';
import { AttendanceStore } from '../src/store/attendance.store';

describe("the school's clock in attendance", () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: AttendanceStore;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('attendance_clock'));
    store = new AttendanceStore(connection);
  });
  afterAll(async () => drop());

  const settingsChanged = (version: number, timeZone: string) =>
    ({
      id: `e${version}`,
      type: 'curriculum.school.settings-changed',
      occurredAt: new Date(),
      producer: 'curriculum',
      schoolId: 'S1',
      aggregateId: 'S1',
      aggregateVersion: version,
      traceparent: '',
      tracestate: '',
      payload: { schoolId: 'S1', settings: { version: String(version), timeZone } as unknown as curriculumV1.SchoolSettings__Output },
    }) as unknown as EventEnvelope<'curriculum.school.settings-changed'>;

  it('keeps the newest settings’ time zone, whatever order they arrive in', async () => {
    const handle = keepCurriculum(store);
    expect(await store.timeZoneOf('S1')).toBeUndefined();
    await handle(settingsChanged(3, 'Asia/Krasnoyarsk'));
    await handle(settingsChanged(2, 'Europe/Moscow'));
    await handle(settingsChanged(3, 'Asia/Krasnoyarsk'));
    expect(await store.timeZoneOf('S1')).toBe('Asia/Krasnoyarsk');
    await handle(settingsChanged(4, ''));
    expect(await store.timeZoneOf('S1')).toBeUndefined();
  });
});
