#!/usr/bin/env node
// Prints the .env docker compose needs, from the local secrets (.run/dev-secrets.json, made once),
// so that scripts/dev-token.mjs signs tokens the composed gateway accepts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadOrCreateDevSecrets } = createRequire(import.meta.url)(join(root, 'libs/launcher/dist'));
const secrets = await loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
console.log(`INTERNAL_AUTH_SECRET=${secrets.internalAuthSecret}`);
console.log(`AUTH_TOKEN_PUBLIC_KEY="${secrets.tokenPublicKeyPem.trim()}"`);
