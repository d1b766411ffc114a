#!/usr/bin/env node
// Prints the .env docker compose needs and writes the files it mounts (once; run again to rotate):
//   node scripts/compose-env.mjs > .env
// - .run/credentials/<process>/: each process's TLS certificate and call key (libs/launcher);
// - .run/compose/rabbitmq/: a broker user per process, limited to its own queues and events;
// - .run/compose/mongo-keyfile: the replica set's internal key (MongoDB runs with authentication);
// - on stdout: the first regional operator's log-in, the diary's pseudonym key, identity's key-
//   encryption key, and a password per process for MongoDB and RabbitMQ.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadOrCreateDevSecrets, loadOrCreateCredentials, brokerPermissions, brokerUserOf, PROCESS_NAMES } = require(join(root, 'libs/launcher/dist'));
const secrets = loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
const credentials = loadOrCreateCredentials(join(root, '.run', 'credentials'));
// The containers run as the image's user (uid 1000): each process's files must be readable to it (the CA key stays private).
for (const name of PROCESS_NAMES) for (const file of readdirSync(join(credentials, name))) chmodSync(join(credentials, name, file), 0o644);
const password = () => randomBytes(18).toString('base64url');
const namespace = 'ejournal';

// RabbitMQ's definitions: salted SHA-256 password hashes (rabbit_password_hashing_sha256).
const hash = (plain) => {
  const salt = randomBytes(4);
  return Buffer.concat([salt, createHash('sha256').update(Buffer.concat([salt, Buffer.from(plain)])).digest()]).toString('base64');
};
const amqp = Object.fromEntries(PROCESS_NAMES.map((name) => [name, password()]));
const admin = password();
const users = [{ name: 'admin', password_hash: hash(admin), hashing_algorithm: 'rabbit_password_hashing_sha256', tags: ['administrator'] }];
const permissions = [{ user: 'admin', vhost: '/', configure: '.*', write: '.*', read: '.*' }];
const topicPermissions = [];
for (const name of PROCESS_NAMES) {
  const user = brokerUserOf(namespace, name);
  const rules = brokerPermissions(namespace, name);
  users.push({ name: user, password_hash: hash(amqp[name]), hashing_algorithm: 'rabbit_password_hashing_sha256', tags: [] });
  permissions.push({ user, vhost: '/', ...rules.permissions });
  topicPermissions.push({ user, vhost: '/', ...rules.topic });
}
const rabbitmq = join(root, '.run', 'compose', 'rabbitmq');
mkdirSync(rabbitmq, { recursive: true });
writeFileSync(join(rabbitmq, 'definitions.json'), JSON.stringify({ vhosts: [{ name: '/' }], users, permissions, topic_permissions: topicPermissions }, null, 2));
writeFileSync(join(rabbitmq, 'rabbitmq.conf'), 'definitions.import_backend = local_filesystem\ndefinitions.local.path = /etc/rabbitmq/definitions.json\nloopback_users = none\n');
writeFileSync(join(root, '.run', 'compose', 'mongo-keyfile'), randomBytes(48).toString('base64'), { mode: 0o600 });

const lines = {
  BOOTSTRAP_OPERATOR_LOGIN: secrets.operatorLogin,
  BOOTSTRAP_OPERATOR_PASSWORD: secrets.operatorPassword,
  DIARY_PSEUDONYM_SECRET: secrets.pseudonymSecret,
  SIGNING_KEY_ENCRYPTION_KEY: secrets.keyEncryptionKey,
  ARCHIVE_KEY_PASSPHRASE: secrets.archivePassphrase,
  RABBITMQ_ADMIN_PASSWORD: admin,
  MONGO_ROOT_PASSWORD: password(),
  ...Object.fromEntries(PROCESS_NAMES.map((name) => [`AMQP_PASSWORD_${name.toUpperCase()}`, amqp[name]])),
  ...Object.fromEntries(PROCESS_NAMES.filter((name) => name !== 'gateway').map((name) => [`MONGO_PASSWORD_${name.toUpperCase()}`, password()])),
};
for (const [key, value] of Object.entries(lines)) console.log(`${key}=${value}`);
