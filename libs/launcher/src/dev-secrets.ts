import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';

/**
 * The secrets of a local platform: the internal secret services share with the gateway, and the
 * key pair access tokens are signed with. Production takes them from its secret store.
 */
export interface DevSecrets {
  internalAuthSecret: string;
  tokenPrivateKeyPem: string;
  tokenPublicKeyPem: string;
}

export async function generateDevSecrets(): Promise<DevSecrets> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    internalAuthSecret: randomBytes(32).toString('base64url'),
    tokenPrivateKeyPem: await exportPKCS8(privateKey),
    tokenPublicKeyPem: await exportSPKI(publicKey),
  };
}

/** Reads the secrets kept in a file, or makes and keeps new ones (file mode 0600). */
export async function loadOrCreateDevSecrets(file: string): Promise<DevSecrets> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = await generateDevSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export interface TokenGrant {
  role: string;
  schoolId?: string;
  classId?: string;
  groupId?: string;
  subjectId?: string;
  childId?: string;
}

/** An access token as the identity service will issue it (ES256, issuer ejournal-identity). */
export async function mintAccessToken(secrets: DevSecrets, subject: string, grants: TokenGrant[], expiresIn = '1h'): Promise<string> {
  const key = await importPKCS8(secrets.tokenPrivateKeyPem, 'ES256');
  return new SignJWT({ grants })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(subject)
    .setIssuer('ejournal-identity')
    .setAudience('ejournal')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}
