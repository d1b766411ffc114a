import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The secrets of a local platform besides each process's credentials (credentials.ts): the first
 * regional operator's log-in, the diary's pseudonym key, the key that encrypts identity's token
 * signing keys at rest, and the passphrase of the archive's keys. Production takes them from its secret store (a KMS for the last one).
 */
export interface DevSecrets {
  operatorLogin: string;
  operatorPassword: string;
  /** HMAC key of the diary's pseudonymous student keys. */
  pseudonymSecret: string;
  /** 32 bytes, base64: encrypts identity's signing keys in its database. */
  keyEncryptionKey: string;
  /** The passphrase the archive keeps its schools' private archive keys encrypted with. */
  archivePassphrase: string;
}

export function generateDevSecrets(): DevSecrets {
  return {
    operatorLogin: 'operator',
    operatorPassword: randomBytes(18).toString('base64url'),
    pseudonymSecret: randomBytes(32).toString('base64url'),
    keyEncryptionKey: randomBytes(32).toString('base64'),
    archivePassphrase: randomBytes(32).toString('base64url'),
  };
}

/** Reads the secrets kept in a file, or makes and keeps new ones (file mode 0600). */
export function loadOrCreateDevSecrets(file: string): DevSecrets {
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    if (kept.operatorLogin && kept.operatorPassword && kept.pseudonymSecret && kept.keyEncryptionKey) {
      if (kept.archivePassphrase) return kept as DevSecrets;
      // Kept by an earlier version: the archive's passphrase is added, the rest stays as it was.
      const completed = { ...kept, archivePassphrase: randomBytes(32).toString('base64url') } as DevSecrets;
      writeFileSync(file, JSON.stringify(completed), { mode: 0o600 });
      return completed;
    }
  }
  const secrets = generateDevSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
