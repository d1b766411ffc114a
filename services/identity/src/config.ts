import { z } from 'zod';

/** The regional single sign-on (OpenID Connect), read when SSO_ISSUER is set. */
export const ssoEnvironment = z.object({
  SSO_ISSUER: z.url(),
  SSO_CLIENT_ID: z.string().min(1),
  SSO_CLIENT_SECRET: z.string().min(1),
  SSO_REDIRECT_URI: z.url(),
  SSO_IDENTIFIER_CLAIM: z.string().min(1).default('sub'),
});

/** The key that seals token signing keys at rest (32 bytes, base64; from the operator's KMS in production). */
export const keyEncryptionEnvironment = z.object({
  SIGNING_KEY_ENCRYPTION_KEY: z.string().refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64'),
});

/** The first regional operator of a new platform (both or neither). */
export const bootstrapEnvironment = z.object({
  BOOTSTRAP_OPERATOR_LOGIN: z.string().min(3).optional(),
  BOOTSTRAP_OPERATOR_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
});

/**
 * The cost of new password hashes: scrypt N = 2^PASSWORD_SCRYPT_LOG_N (15, OWASP's minimum with r=8,
 * p=3). A region may raise it; only the system tests' throw-away platforms lower it (to 10), where
 * hundreds of accounts are made and logged in on two cores.
 */
export const passwordEnvironment = z.object({
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
});
