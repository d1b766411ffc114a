import { decodeEnvelope, encodeEnvelope, EventContractError, verifyPayload } from '@ejournal/contracts';

describe('event envelopes', () => {
  const envelope = {
    id: '6f1c1f0e-2f3a-4b7d-9a55-1d1f2c3b4a5e',
    type: 'curriculum.school.registered' as const,
    occurredAt: new Date('2026-09-01T08:30:00.123Z'),
    producer: 'curriculum',
    schoolId: 's-1',
    aggregateId: 's-1',
    aggregateVersion: 3,
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    tracestate: '',
    payload: { schoolId: 's-1', name: 'Средняя школа № 1', shortName: 'СШ 1', municipality: 'Красноярск' },
  };

  it('round-trips through protobuf with every envelope field', () => {
    expect(decodeEnvelope(encodeEnvelope(envelope))).toEqual(envelope);
  });

  it('refuses a payload that breaks the proto contract, naming the field', () => {
    expect(() => verifyPayload('curriculum.school.registered', { schoolId: 42 })).toThrow(/schoolId/);
  });

  it('refuses an unknown event type', () => {
    expect(() => verifyPayload('curriculum.school.exploded', {})).toThrow(EventContractError);
  });

  it('refuses bytes that are not an envelope', () => {
    expect(() => decodeEnvelope(Buffer.from('garbage'))).toThrow(EventContractError);
  });
});

describe('event payload contracts', () => {
  it('accepts timestamps with seconds as decimal strings, as generated types carry them', () => {
    expect(() => verifyPayload('identity.account.revoked', { accountId: 'a-1', revokedAt: { seconds: '1795436852', nanos: 5 } })).not.toThrow();
  });

  it('names a nested field of the wrong type', () => {
    expect(() => verifyPayload('identity.account.revoked', { accountId: 'a-1', revokedAt: { seconds: 'soon' } })).toThrow(/revokedAt\.seconds: integer expected/);
  });
});
