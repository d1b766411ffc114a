import { createHash, createHmac } from 'node:crypto';

/**
 * The diary knows a student only by a pseudonymous key (000 §1: depersonalised export): an HMAC of the
 * student's id under a key of this deployment. Requests and events name the student by id; the diary
 * turns it into the key at its edge and stores nothing else.
 */
export class Pseudonyms {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`diary-pseudonym:${secret}`).digest();
  }

  of(studentId: string): string {
    return createHmac('sha256', this.key).update(studentId).digest('base64url').slice(0, 32);
  }
}
