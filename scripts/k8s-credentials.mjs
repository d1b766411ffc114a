#!/usr/bin/env node
// Prints the Kubernetes Secrets and ConfigMap of the platform's trust boundary, made fresh:
//   node scripts/k8s-credentials.mjs | kubectl apply -f -
// - ejournal-platform-ca: the CA cert-manager issues every process's TLS certificate from;
// - ejournal-<process>-call-key: each process's own key for signing call identities;
// - ejournal-call-keys: every process's public call key (call-keys.json).
// Run once per cluster (and again to rotate: every process then restarts with new keys). The other
// secrets (database and broker users, the diary's pseudonym key, identity's key-encryption key from
// the KMS) are the operator's own; deploy/README.md lists them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generateCredentials, PROCESS_NAMES } = require(join(root, 'libs/launcher/dist'));
const namespace = 'ejournal';
const dir = generateCredentials(mkdtempSync(join(tmpdir(), 'ejournal-k8s-')), namespace);
const read = (...path) => readFileSync(join(dir, ...path)).toString('base64');
const docs = [
  { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'ejournal-platform-ca', namespace }, data: { 'tls.crt': read('ca', 'ca.crt'), 'tls.key': read('ca', 'ca.key') } },
  ...PROCESS_NAMES.map((name) => ({ apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: `ejournal-${name}-call-key`, namespace }, data: { 'call.key': read(name, 'call.key') } })),
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ejournal-call-keys', namespace }, data: { 'call-keys.json': readFileSync(join(dir, 'gateway', 'call-keys.json'), 'utf8') } },
];
rmSync(dir, { recursive: true, force: true });
process.stdout.write(docs.map((doc) => stringify(doc)).join('---\n'));
