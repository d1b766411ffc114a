import { generateKeyPairSync } from 'node:crypto';
import { currentKey, newArchiveKey, published, unlockKey } from '../../src/domain/archive-keys';
import { canonicalForm, contentHash } from '../../src/domain/canonical-form';
import { parseRecordFile, recordFileText, signRecord, verifyRecordFile } from '../../src/domain/record-file';

// 003 §5: archived records keep their integrity for the whole retention period by electronic signature;
// anyone holding the file checks it with the school's published key.

const PASSPHRASE = 'a passphrase of the test archive';
const record = { kind: 'journal-page', school: { id: 's1', name: 'Школа № 1' }, marks: [{ pupilId: 'p1', mark: '4/5', weight: 1.5 }], topic: 'Дроби' };

describe('the canonical form', () => {
  it('orders keys and drops undefined fields, so the same record hashes the same however it was written', () => {
    expect(canonicalForm({ b: 1, a: { d: undefined, c: 'ё' }, e: [3, { z: true, y: null }] })).toBe('{"a":{"c":"ё"},"b":1,"e":[3,{"y":null,"z":true}]}');
    expect(contentHash({ x: 1, y: 2 })).toBe(contentHash(JSON.parse('{ "y": 2,\n "x": 1 }')));
    expect(contentHash({ x: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what JSON cannot carry exactly', () => {
    expect(() => canonicalForm({ x: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalForm({ x: () => 1 })).toThrow();
  });
});

describe('a signed record file', () => {
  const key = newArchiveKey('s1', 1, PASSPHRASE, new Date('2026-09-01T00:00:00Z'));
  const signed = () => signRecord(record, { keyId: key.keyId, signer: 'Архивный ключ школы «Школа № 1» (ключ 1)', privateKey: unlockKey(key, PASSPHRASE) }, new Date('2026-10-31T10:00:00Z'));

  it('verifies with the published key: intact, signed, by whom and when', () => {
    const file = parseRecordFile(recordFileText(signed()))!;
    const verification = verifyRecordFile(file, [published(key)]);
    expect(verification).toMatchObject({ valid: true, contentIntact: true, signatureValid: true, keyKnown: true, keyValidAtSigning: true, keyId: 's1#1', problem: '' });
    expect(verification.signer).toContain('Школа № 1');
    expect(verification.signedAt?.toISOString()).toBe('2026-10-31T10:00:00.000Z');
  });

  it('does not verify once one character of the content changes (a mark «4/5» made «5/5»)', () => {
    const text = recordFileText(signed()).replace('4/5', '5/5');
    const verification = verifyRecordFile(parseRecordFile(text)!, [published(key)]);
    expect(verification).toMatchObject({ valid: false, contentIntact: false });
    expect(verification.problem).toMatch(/изменено/);
  });

  it('does not verify when the hash is recomputed for changed content (the signature covers the hash)', () => {
    const forged = signed();
    forged.record = { ...record, topic: 'Другая тема' };
    forged.sha256 = contentHash(forged.record);
    expect(verifyRecordFile(forged, [published(key)])).toMatchObject({ valid: false, contentIntact: true, signatureValid: false });
  });

  it('does not verify with another key of the same id, nor when the signing time is moved', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const impostor = { ...published(key), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
    expect(verifyRecordFile(signed(), [impostor]).signatureValid).toBe(false);
    const moved = signed();
    moved.signature.signedAt = '2026-11-01T10:00:00.000Z';
    expect(verifyRecordFile(moved, [published(key)]).signatureValid).toBe(false);
    expect(verifyRecordFile(signed(), []).problem).toMatch(/не опубликован/);
  });

  it('keeps verifying what an old key signed after a rotation, and refuses a signature made after its end', () => {
    const file = signed();
    const ended = { ...key, validUntil: new Date('2027-01-01T00:00:00Z') };
    const next = newArchiveKey('s1', 2, PASSPHRASE, new Date('2027-01-01T00:00:00Z'));
    expect(verifyRecordFile(file, [published(ended), published(next)]).valid).toBe(true);
    const late = signRecord(record, { keyId: key.keyId, signer: 'x', privateKey: unlockKey(key, PASSPHRASE) }, new Date('2027-02-01T00:00:00Z'));
    expect(verifyRecordFile(late, [published(ended)])).toMatchObject({ valid: false, signatureValid: true, keyValidAtSigning: false });
    expect(currentKey([ended, next], new Date('2027-03-01T00:00:00Z'))?.keyId).toBe('s1#2');
    expect(currentKey([ended, next], new Date('2026-12-01T00:00:00Z'))?.keyId).toBe('s1#1');
  });

  it('keeps the private key encrypted: the wrong passphrase opens nothing', () => {
    expect(key.encryptedPrivateKeyPem).toContain('ENCRYPTED PRIVATE KEY');
    expect(() => unlockKey(key, 'not the passphrase at all')).toThrow();
  });

  it('reads only files shaped as records', () => {
    expect(parseRecordFile('not json')).toBeUndefined();
    expect(parseRecordFile('{"record":{},"sha256":"x"}')).toBeUndefined();
    expect(parseRecordFile('{"record":null,"sha256":"x","signature":{}}')).toBeUndefined();
  });
});
