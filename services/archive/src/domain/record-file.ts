import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalForm, contentHash } from './canonical-form';

// The file of an archived record: what the archive keeps, hands out and checks, and what anyone holding
// it checks offline with the school's public key (services/archive/src/verify-cli.ts).
//
//   { "record": {…the closed record…},
//     "sha256": "<hex SHA-256 of the record's canonical form>",
//     "signature": { "algorithm": "ES256", "keyId": "…", "signer": "…", "signedAt": "<ISO 8601>",
//                    "value": "<base64url of the raw r‖s signature>" } }
//
// The signature covers the canonical form of {sha256, keyId, signer, signedAt}: the content through its
// hash, and who signed it and when. A qualified signature (ГОСТ Р 34.10-2012 through a certified
// crypto provider) fits beside it as another algorithm with its own `value` (a detached CMS): the
// hash and the canonical form stay (docs/archive.md).

export const SIGNATURE_ALGORITHM = 'ES256';
export const RECORD_FORMAT = 'ejournal.archive.record/1';

export interface RecordSignature {
  algorithm: string;
  keyId: string;
  /** «Архивный ключ школы «Школа № 1» (ключ 1)». */
  signer: string;
  /** ISO 8601, UTC. */
  signedAt: string;
  value: string;
}

export interface RecordFile<R = Record<string, unknown>> {
  record: R;
  sha256: string;
  signature: RecordSignature;
}

/** A public archive key as published: the key and the days it signs on. */
export interface PublishedKey {
  keyId: string;
  schoolId: string;
  algorithm: string;
  publicKeyPem: string;
  validFrom: Date;
  /** Absent while current. */
  validUntil?: Date;
}

export interface Verification {
  valid: boolean;
  contentIntact: boolean;
  signatureValid: boolean;
  keyKnown: boolean;
  keyValidAtSigning: boolean;
  hash: string;
  keyId: string;
  signer: string;
  signedAt?: Date;
  /** What is wrong, in Russian; empty when valid. */
  problem: string;
}

function signedPart(sha256: string, keyId: string, signer: string, signedAt: string): Buffer {
  return Buffer.from(canonicalForm({ sha256, keyId, signer, signedAt }), 'utf8');
}

/** Signs a record with a school's private key: the file that is kept and handed out. */
export function signRecord<R>(record: R, key: { keyId: string; signer: string; privateKey: KeyObject }, signedAt: Date): RecordFile<R> {
  const sha256 = contentHash(record);
  const at = signedAt.toISOString();
  const value = sign('sha256', signedPart(sha256, key.keyId, key.signer, at), { key: key.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  return { record, sha256, signature: { algorithm: SIGNATURE_ALGORITHM, keyId: key.keyId, signer: key.signer, signedAt: at, value } };
}

/** The file as text: the form it is stored and downloaded in (any JSON layout verifies the same). */
export function recordFileText(file: RecordFile<unknown>): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Reads a record file someone holds; undefined when it is not one. */
export function parseRecordFile(text: string): RecordFile | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const file = parsed as Partial<RecordFile>;
  const signature = file?.signature as Partial<RecordSignature> | undefined;
  if (!file || typeof file !== 'object' || typeof file.record !== 'object' || file.record === null || typeof file.sha256 !== 'string') return undefined;
  if (!signature || ['algorithm', 'keyId', 'signer', 'signedAt', 'value'].some((field) => typeof (signature as Record<string, unknown>)[field] !== 'string')) return undefined;
  return file as RecordFile;
}

/**
 * Checks a record file against the published keys: the content against its hash, the signature
 * against the key it names, and that the key was valid on the day it signed. Every check is reported,
 * so a reader sees what failed.
 */
export function verifyRecordFile(file: RecordFile, keys: PublishedKey[]): Verification {
  const { signature } = file;
  const recomputed = contentHash(file.record);
  const contentIntact = recomputed === file.sha256;
  const key = keys.find((candidate) => candidate.keyId === signature.keyId);
  const signedAt = new Date(signature.signedAt);
  const datable = !Number.isNaN(signedAt.getTime());
  let signatureValid = false;
  if (key && signature.algorithm === SIGNATURE_ALGORITHM && key.algorithm === SIGNATURE_ALGORITHM) {
    try {
      signatureValid = verify('sha256', signedPart(file.sha256, signature.keyId, signature.signer, signature.signedAt), { key: createPublicKey(key.publicKeyPem), dsaEncoding: 'ieee-p1363' }, Buffer.from(signature.value, 'base64url'));
    } catch {
      signatureValid = false;
    }
  }
  const keyValidAtSigning = Boolean(key && datable && key.validFrom.getTime() <= signedAt.getTime() && (!key.validUntil || signedAt.getTime() < key.validUntil.getTime()));
  const problem = !contentIntact
    ? 'содержимое записи изменено: его SHA-256 не совпадает с подписанным'
    : !key
      ? `ключ ${signature.keyId} не опубликован: подпись нечем проверить`
      : !signatureValid
        ? 'подпись не соответствует записи и ключу'
        : !keyValidAtSigning
          ? 'ключ не действовал в момент подписи'
          : '';
  return {
    valid: problem === '',
    contentIntact,
    signatureValid,
    keyKnown: Boolean(key),
    keyValidAtSigning,
    hash: recomputed,
    keyId: signature.keyId,
    signer: signature.signer,
    signedAt: datable ? signedAt : undefined,
    problem,
  };
}
