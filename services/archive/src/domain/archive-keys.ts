import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SIGNATURE_ALGORITHM, type PublishedKey } from './record-file';

/**
 * A school's archive key (003 §5: archived records keep their integrity by electronic signature): an
 * ECDSA P-256 pair. The private half is kept encrypted (PKCS#8, AES-256) with the archive's passphrase;
 * the public half is published with the days it signs on. A rotation ends the current key's validity
 * and starts a new one: what the old key signed still verifies.
 */
export interface ArchiveKey extends PublishedKey {
  /** `<school id>#<number>`: numbered per school from 1, so two archivers cannot both make key 1. */
  _id: string;
  number: number;
  /** PKCS#8, encrypted with the archive's passphrase. */
  encryptedPrivateKeyPem: string;
}

export function archiveKeyId(schoolId: string, number: number): string {
  return `${schoolId}#${number}`;
}

export function newArchiveKey(schoolId: string, number: number, passphrase: string, from: Date): ArchiveKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const id = archiveKeyId(schoolId, number);
  return {
    _id: id,
    keyId: id,
    schoolId,
    number,
    algorithm: SIGNATURE_ALGORITHM,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    encryptedPrivateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString(),
    validFrom: from,
  };
}

/** The key that signs now: the school's newest one still valid. */
export function currentKey(keys: ArchiveKey[], now: Date): ArchiveKey | undefined {
  return keys
    .filter((key) => key.validFrom.getTime() <= now.getTime() && (!key.validUntil || now.getTime() < key.validUntil.getTime()))
    .sort((a, b) => b.number - a.number)[0];
}

export function unlockKey(key: ArchiveKey, passphrase: string): KeyObject {
  return createPrivateKey({ key: key.encryptedPrivateKeyPem, format: 'pem', passphrase });
}

/** Who the signature names: the school's archive key by its number. */
export function signerName(schoolName: string, key: Pick<ArchiveKey, 'number'>): string {
  return `Архивный ключ школы «${schoolName}» (ключ ${key.number})`;
}

/** The public half, as published. */
export function published(key: ArchiveKey): PublishedKey {
  return { keyId: key.keyId, schoolId: key.schoolId, algorithm: key.algorithm, publicKeyPem: key.publicKeyPem, validFrom: key.validFrom, validUntil: key.validUntil };
}
