import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The secrets of a local platform: the internal secret services share with the gateway, and the
 * first regional operator's log-in. Production takes them from its secret store.
 */
export interface DevSecrets {
  internalAuthSecret: string;
  operatorLogin: string;
  operatorPassword: string;
}

export function generateDevSecrets(): DevSecrets {
  return { internalAuthSecret: randomBytes(32).toString('base64url'), operatorLogin: 'operator', operatorPassword: randomBytes(18).toString('base64url') };
}

/** Reads the secrets kept in a file, or makes and keeps new ones (file mode 0600). */
export function loadOrCreateDevSecrets(file: string): DevSecrets {
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    if (kept.internalAuthSecret && kept.operatorLogin && kept.operatorPassword) return kept as DevSecrets;
  }
  const secrets = generateDevSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
