#!/usr/bin/env node
// Prints an access token for the platform started by `make up`, signed with its local key.
// usage: node scripts/dev-token.mjs <role> [schoolId] [subject]
//   e.g. curl -H "Authorization: Bearer $(node scripts/dev-token.mjs region_operator)" localhost:8080/api/v1/schools/…
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadOrCreateDevSecrets, mintAccessToken } = createRequire(import.meta.url)(join(root, 'libs/launcher/dist'));
const [role = 'region_operator', schoolId, subject = `dev-${role}`] = process.argv.slice(2);
const secrets = await loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
console.log(await mintAccessToken(secrets, subject, [{ role, ...(schoolId ? { schoolId } : {}) }]));
