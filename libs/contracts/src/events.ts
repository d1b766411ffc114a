import * as protobuf from 'protobufjs';
import type * as curriculum from './generated/ejournal/curriculum/v1';
import type * as attendance from './generated/ejournal/attendance/v1';
import type * as gradebook from './generated/ejournal/gradebook/v1';
import type { MessagePosted__Output } from './generated/ejournal/messaging/v1/MessagePosted';
import type { InboxChanged__Output } from './generated/ejournal/messaging/v1/InboxChanged';
import type { AccountRevoked__Output } from './generated/ejournal/identity/v1/AccountRevoked';
import type { TokensRevoked__Output } from './generated/ejournal/identity/v1/TokensRevoked';
import type { StudentRegistered__Output } from './generated/ejournal/identity/v1/StudentRegistered';
import type { StaffNamed__Output } from './generated/ejournal/identity/v1/StaffNamed';
import type { InvitationIssued__Output } from './generated/ejournal/identity/v1/InvitationIssued';
import type { MembersChanged__Output } from './generated/ejournal/identity/v1/MembersChanged';
import type { FamiliesCounted__Output } from './generated/ejournal/identity/v1/FamiliesCounted';
import type { OpeningsCounted__Output } from './generated/ejournal/diary/v1/OpeningsCounted';
import type { PagesChanged__Output } from './generated/ejournal/diary/v1/PagesChanged';
import { protoRoot } from './proto';

/** Every event type on the bus and the TypeScript shape of its payload. Add a line per new event. */
export interface EventPayloads {
  'curriculum.school.registered': curriculum.SchoolRegistered__Output;
  'curriculum.school.settings-changed': curriculum.SchoolSettingsChanged__Output;
  'curriculum.year.opened': curriculum.YearOpened__Output;
  'curriculum.period.closed': curriculum.PeriodClosed__Output;
  'curriculum.class.changed': curriculum.ClassChanged__Output;
  'curriculum.year.transitioned': curriculum.YearTransitioned__Output;
  'curriculum.enrolment.changed': curriculum.EnrolmentChanged__Output;
  'curriculum.lessons.planned': curriculum.LessonsPlanned__Output;
  'curriculum.lesson.changed': curriculum.LessonChanged__Output;
  'curriculum.lesson.cancelled': curriculum.LessonCancelled__Output;
  'curriculum.lesson.substituted': curriculum.SubstitutionSet__Output;
  'curriculum.thematic-plan.approved': curriculum.ThematicPlanApproved__Output;
  'curriculum.subject.added': curriculum.SubjectAdded__Output;
  'curriculum.teaching.changed': curriculum.TeachingChanged__Output;
  'curriculum.plan.approved': curriculum.PlanApproved__Output;
  'curriculum.period.reopened': curriculum.PeriodReopened__Output;
  'gradebook.lesson.recorded': gradebook.LessonRecorded__Output;
  'gradebook.mark.set': gradebook.MarkFact__Output;
  'gradebook.mark.changed': gradebook.MarkFact__Output;
  'gradebook.mark.removed': gradebook.MarkFact__Output;
  'gradebook.final.set': gradebook.FinalSet__Output;
  'gradebook.mark.over-absence': gradebook.MarkOverAbsence__Output;
  'attendance.absence.recorded': attendance.AbsenceFact__Output;
  'attendance.absence.corrected': attendance.AbsenceFact__Output;
  'identity.account.revoked': AccountRevoked__Output;
  'identity.tokens.revoked': TokensRevoked__Output;
  'identity.student.registered': StudentRegistered__Output;
  'identity.staff.named': StaffNamed__Output;
  'identity.invitation.issued': InvitationIssued__Output;
  'identity.members.changed': MembersChanged__Output;
  'identity.families.counted': FamiliesCounted__Output;
  'gradebook.change-request.decided': gradebook.ChangeRequestDecided__Output;
  'gradebook.change-request.opened': gradebook.ChangeRequestOpened__Output;
  'messaging.message.posted': MessagePosted__Output;
  'messaging.inbox.changed': InboxChanged__Output;
  'diary.openings.counted': OpeningsCounted__Output;
  'diary.pages.changed': PagesChanged__Output;
}
export type EventType = keyof EventPayloads;

/** Event type → the proto message of its payload. */
const PAYLOAD_MESSAGES: Record<EventType, string> = {
  'curriculum.school.registered': 'ejournal.curriculum.v1.SchoolRegistered',
  'curriculum.school.settings-changed': 'ejournal.curriculum.v1.SchoolSettingsChanged',
  'curriculum.year.opened': 'ejournal.curriculum.v1.YearOpened',
  'curriculum.period.closed': 'ejournal.curriculum.v1.PeriodClosed',
  'curriculum.class.changed': 'ejournal.curriculum.v1.ClassChanged',
  'curriculum.year.transitioned': 'ejournal.curriculum.v1.YearTransitioned',
  'curriculum.enrolment.changed': 'ejournal.curriculum.v1.EnrolmentChanged',
  'curriculum.lessons.planned': 'ejournal.curriculum.v1.LessonsPlanned',
  'curriculum.lesson.changed': 'ejournal.curriculum.v1.LessonChanged',
  'curriculum.lesson.cancelled': 'ejournal.curriculum.v1.LessonCancelled',
  'curriculum.lesson.substituted': 'ejournal.curriculum.v1.SubstitutionSet',
  'curriculum.thematic-plan.approved': 'ejournal.curriculum.v1.ThematicPlanApproved',
  'curriculum.subject.added': 'ejournal.curriculum.v1.SubjectAdded',
  'curriculum.teaching.changed': 'ejournal.curriculum.v1.TeachingChanged',
  'curriculum.plan.approved': 'ejournal.curriculum.v1.PlanApproved',
  'curriculum.period.reopened': 'ejournal.curriculum.v1.PeriodReopened',
  'gradebook.lesson.recorded': 'ejournal.gradebook.v1.LessonRecorded',
  'gradebook.mark.set': 'ejournal.gradebook.v1.MarkFact',
  'gradebook.mark.changed': 'ejournal.gradebook.v1.MarkFact',
  'gradebook.mark.removed': 'ejournal.gradebook.v1.MarkFact',
  'gradebook.final.set': 'ejournal.gradebook.v1.FinalSet',
  'gradebook.mark.over-absence': 'ejournal.gradebook.v1.MarkOverAbsence',
  'attendance.absence.recorded': 'ejournal.attendance.v1.AbsenceFact',
  'attendance.absence.corrected': 'ejournal.attendance.v1.AbsenceFact',
  'identity.account.revoked': 'ejournal.identity.v1.AccountRevoked',
  'identity.tokens.revoked': 'ejournal.identity.v1.TokensRevoked',
  'identity.student.registered': 'ejournal.identity.v1.StudentRegistered',
  'identity.staff.named': 'ejournal.identity.v1.StaffNamed',
  'identity.invitation.issued': 'ejournal.identity.v1.InvitationIssued',
  'identity.members.changed': 'ejournal.identity.v1.MembersChanged',
  'identity.families.counted': 'ejournal.identity.v1.FamiliesCounted',
  'gradebook.change-request.decided': 'ejournal.gradebook.v1.ChangeRequestDecided',
  'gradebook.change-request.opened': 'ejournal.gradebook.v1.ChangeRequestOpened',
  'messaging.message.posted': 'ejournal.messaging.v1.MessagePosted',
  'messaging.inbox.changed': 'ejournal.messaging.v1.InboxChanged',
  'diary.openings.counted': 'ejournal.diary.v1.OpeningsCounted',
  'diary.pages.changed': 'ejournal.diary.v1.PagesChanged',
};

const EVENT_PROTO_FILES = ['ejournal/common/v1/envelope.proto', 'ejournal/attendance/v1/events.proto', 'ejournal/curriculum/v1/events.proto', 'ejournal/gradebook/v1/events.proto', 'ejournal/identity/v1/events.proto', 'ejournal/messaging/v1/events.proto', 'ejournal/diary/v1/events.proto'];

/** What travels on the bus: the envelope fields and the decoded payload. */
export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: Date;
  producer: string;
  schoolId: string;
  aggregateId: string;
  aggregateVersion: number;
  traceparent: string;
  tracestate: string;
  payload: EventPayloads[T];
}

export class EventContractError extends Error {}

const eventRoot = () => protoRoot(EVENT_PROTO_FILES);

const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: String, defaults: true, oneofs: true };

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(PAYLOAD_MESSAGES, type);
}

function payloadType(type: string): protobuf.Type {
  if (!isEventType(type)) throw new EventContractError(`unknown event type "${type}"`);
  return eventRoot().lookupType(PAYLOAD_MESSAGES[type]);
}

const LONG_TYPES = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const NUMBER_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'double', 'float']);

/** What is wrong with a value for a message type, as plain objects carry it (longs as decimal strings); '' when nothing. */
function problemOf(type: protobuf.Type, value: unknown, path: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path || 'payload'}: object expected`;
  for (const field of type.fieldsArray) {
    const item = (value as Record<string, unknown>)[field.name];
    if (item === undefined || item === null) continue;
    const where = path ? `${path}.${field.name}` : field.name;
    const items = field.repeated ? (Array.isArray(item) ? item : null) : [item];
    if (!items) return `${where}: array expected`;
    for (const element of items) {
      field.resolve();
      let problem = '';
      if (field.resolvedType instanceof protobuf.Type) problem = problemOf(field.resolvedType, element, where);
      else if (field.resolvedType instanceof protobuf.Enum) problem = typeof element === 'string' && element in field.resolvedType.values ? '' : `${where}: one of ${Object.keys(field.resolvedType.values).join(', ')} expected`;
      else if (field.type === 'string') problem = typeof element === 'string' ? '' : `${where}: string expected`;
      else if (field.type === 'bool') problem = typeof element === 'boolean' ? '' : `${where}: boolean expected`;
      else if (field.type === 'bytes') problem = element instanceof Uint8Array ? '' : `${where}: bytes expected`;
      else if (NUMBER_TYPES.has(field.type)) problem = typeof element === 'number' ? '' : `${where}: number expected`;
      else if (LONG_TYPES.has(field.type)) problem = Number.isInteger(element) || (typeof element === 'string' && /^-?\d+$/.test(element)) ? '' : `${where}: integer expected`;
      if (problem) return problem;
    }
  }
  return '';
}

/** Checks a payload against its proto message; throws EventContractError naming what is wrong. */
export function verifyPayload(type: string, payload: unknown): void {
  const problem = problemOf(payloadType(type), payload, '');
  if (problem) throw new EventContractError(`payload of ${type}: ${problem}`);
}

export function encodeEnvelope(envelope: EventEnvelope): Buffer {
  verifyPayload(envelope.type, envelope.payload);
  const payload = payloadType(envelope.type).encode(payloadType(envelope.type).fromObject(envelope.payload)).finish();
  const seconds = Math.floor(envelope.occurredAt.getTime() / 1000);
  const Envelope = eventRoot().lookupType('ejournal.common.v1.EventEnvelope');
  const message = Envelope.fromObject({
    ...envelope,
    occurredAt: { seconds, nanos: (envelope.occurredAt.getTime() - seconds * 1000) * 1e6 },
    payload,
  });
  return Buffer.from(Envelope.encode(message).finish());
}

/** Decodes an envelope; throws EventContractError when the bytes are not a known event. */
export function decodeEnvelope(bytes: Uint8Array): EventEnvelope {
  const Envelope = eventRoot().lookupType('ejournal.common.v1.EventEnvelope');
  let raw: Record<string, any>;
  try {
    raw = Envelope.toObject(Envelope.decode(bytes), { ...TO_OBJECT, bytes: Buffer });
  } catch (error) {
    throw new EventContractError(`not an event envelope: ${(error as Error).message}`);
  }
  const type = payloadType(raw.type);
  let payload: Record<string, unknown>;
  try {
    payload = type.toObject(type.decode(raw.payload as Buffer), TO_OBJECT);
  } catch (error) {
    throw new EventContractError(`payload of ${raw.type}: ${(error as Error).message}`);
  }
  if (!raw.id) throw new EventContractError('event envelope without id');
  const occurredAt = raw.occurredAt as { seconds: string; nanos: number } | null;
  return {
    id: raw.id,
    type: raw.type,
    occurredAt: new Date(occurredAt ? Number(occurredAt.seconds) * 1000 + Math.floor(occurredAt.nanos / 1e6) : 0),
    producer: raw.producer,
    schoolId: raw.schoolId,
    aggregateId: raw.aggregateId,
    aggregateVersion: Number(raw.aggregateVersion),
    traceparent: raw.traceparent,
    tracestate: raw.tracestate,
    payload: payload as unknown as EventPayloads[EventType],
  };
}
