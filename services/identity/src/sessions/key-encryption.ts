import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A secret sealed with AES-256-GCM: nonce, authentication tag and ciphertext (base64), and which key sealed it. */
export interface SealedSecret {
  keyId: string;
  iv: string;
  tag: string;
  data: string;
}

/**
 * Encrypts identity's token signing keys at rest with a key the database never sees (from the
 * environment here; a KMS's data key in production). The record's id is bound into each seal, so a
 * sealed key copied onto another record does not open.
 */
export class KeyEncryption {
  private readonly key: Buffer;
  /** A fingerprint of the key (not the key), kept with each seal, to say which key a record needs. */
  readonly keyId: string;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('SIGNING_KEY_ENCRYPTION_KEY must be 32 bytes in base64');
    this.keyId = createHash('sha256').update(this.key).digest('base64url').slice(0, 16);
  }

  seal(plain: string, recordId: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(recordId));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return { keyId: this.keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  }

  open(sealed: SealedSecret, recordId: string): string {
    if (sealed.keyId !== this.keyId) throw new Error(`signing key ${recordId} is sealed with another encryption key (${sealed.keyId})`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64')).setAAD(Buffer.from(recordId));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  }
}
