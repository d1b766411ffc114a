#!/usr/bin/env node
// Logs in to the platform started by `make up` and prints the access token.
// usage: node scripts/dev-token.mjs [login password]   (default: the first regional operator)
//   e.g. curl -H "Authorization: Bearer $(node scripts/dev-token.mjs)" localhost:8080/api/v1/schools/…
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadOrCreateDevSecrets } = createRequire(import.meta.url)(join(root, 'libs/launcher/dist'));
const secrets = loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
const [login = secrets.operatorLogin, password = secrets.operatorPassword] = process.argv.slice(2);
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
const response = await fetch(`${gateway}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
if (response.status !== 201) {
  console.error(`log-in failed: ${response.status} ${await response.text()}`);
  process.exit(1);
}
console.log((await response.json()).accessToken);
