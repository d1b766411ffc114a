#!/usr/bin/env node
// Prints the .env docker compose needs, from the local secrets (.run/dev-secrets.json, made once):
// the internal secret and the first regional operator's log-in (node scripts/dev-token.mjs uses it).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadOrCreateDevSecrets } = createRequire(import.meta.url)(join(root, 'libs/launcher/dist'));
const secrets = loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
console.log(`INTERNAL_AUTH_SECRET=${secrets.internalAuthSecret}`);
console.log(`BOOTSTRAP_OPERATOR_LOGIN=${secrets.operatorLogin}`);
console.log(`BOOTSTRAP_OPERATOR_PASSWORD=${secrets.operatorPassword}`);
