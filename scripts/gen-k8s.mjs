#!/usr/bin/env node
// Writes the Kubernetes manifests in deploy/k8s/ from the table below and the platform's topology
// (libs/contracts/src/topology.ts: who calls whom): one file per process (Deployment with gRPC health
// probes and resources, headless Service, HorizontalPodAutoscaler, its TLS Certificate from
// cert-manager, its NetworkPolicy, its RabbitMQ user and permissions for the messaging topology
// operator), plus the namespace, shared config, the platform CA issuer, the job that makes each
// service's MongoDB user, the gateway's Ingress, and the nightly backup to two media (backup.yaml).
// Edit the table, build (make build), run this, commit. deploy/test/manifests.test.ts fails when the
// files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { GRPC_CALLS } = require(join(root, 'libs/contracts/dist'));
const { brokerPermissions, brokerUserOf } = require(join(root, 'libs/launcher/dist'));
const outDir = process.argv[2] ?? join(root, 'deploy', 'k8s');
const namespace = 'ejournal';
const image = 'registry.example.org/ejournal/platform:1.0.0';
/** The platform's image with MongoDB's database tools (Dockerfile, target `backup`). */
const backupImage = 'registry.example.org/ejournal/backup:1.0.0';
const GRPC_PORT = 50051;
/** Plain-text gRPC health only, for the kubelet's probes (they speak no TLS). */
const HEALTH_PORT = 8081;
const CREDENTIALS_DIR = '/etc/ejournal/credentials';

// name, what it is, replicas (min/max), resources
const services = [
  ['identity', 'identity and access', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['curriculum', 'curriculum and schedule', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['gradebook', 'gradebook: lesson records, marks, finals', 3, 20, '200m', '384Mi', '2', '768Mi'],
  ['attendance', 'attendance', 2, 10, '100m', '256Mi', '1', '512Mi'],
  ['diary', 'diary publishing', 3, 30, '200m', '384Mi', '2', '768Mi'],
  ['messaging', 'messaging', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['archive', 'archiving', 1, 3, '100m', '256Mi', '1', '1Gi'],
  ['reports', 'reports', 1, 4, '100m', '256Mi', '1', '1Gi'],
];

const labels = (name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'ejournal' });
const resources = (cpu, memory, cpuLimit, memoryLimit) => ({ requests: { cpu, memory }, limits: { cpu: cpuLimit, memory: memoryLimit } });
const secretEnv = (name, secret, key) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
const callers = (name) => Object.entries(GRPC_CALLS).filter(([, targets]) => targets.includes(name)).map(([caller]) => caller);
const addressesOf = (name) => GRPC_CALLS[name].map((target) => ({ name: `${target.toUpperCase()}_GRPC_ADDRESS`, value: `${target}.${namespace}.svc.cluster.local:${GRPC_PORT}` }));

/**
 * Each process's own credentials, in one directory: its certificate, key and the CA (a Secret that
 * cert-manager issues and renews), its call-signing key (a Secret of its own) and every process's
 * public call key (a ConfigMap). No process can read another's.
 */
function credentialsVolume(name) {
  return {
    name: 'credentials',
    projected: {
      sources: [
        { secret: { name: `ejournal-${name}-tls`, items: [{ key: 'ca.crt', path: 'ca.crt' }, { key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }] } },
        { secret: { name: `ejournal-${name}-call-key`, items: [{ key: 'call.key', path: 'call.key' }] } },
        { configMap: { name: 'ejournal-call-keys', items: [{ key: 'call-keys.json', path: 'call-keys.json' }] } },
      ],
    },
  };
}

/** The process's TLS certificate, issued by the platform's CA through cert-manager: CN and DNS names are its own. */
function certificate(name) {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: `ejournal-${name}`, namespace, labels: labels(name) },
    spec: {
      secretName: `ejournal-${name}-tls`,
      commonName: name,
      dnsNames: [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`],
      usages: ['server auth', 'client auth', 'digital signature', 'key encipherment'],
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
      duration: '2160h',
      renewBefore: '360h',
      issuerRef: { name: 'ejournal-platform-ca', kind: 'Issuer' },
    },
  };
}

/** Only the calls the architecture needs reach a service's gRPC port; the health port answers probes. */
function networkPolicy(name, ports) {
  const from = name === 'gateway' ? [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] : callers(name).map((caller) => ({ podSelector: { matchLabels: labels(caller) } }));
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace, labels: labels(name) },
    spec: {
      podSelector: { matchLabels: labels(name) },
      policyTypes: ['Ingress'],
      ingress: [
        ...(from.length > 0 ? [{ from, ports: [{ protocol: 'TCP', port: ports.main }] }] : []),
        ...(ports.health ? [{ ports: [{ protocol: 'TCP', port: ports.health }] }] : []),
      ],
    },
  };
}

/** The process's broker user, limited to its own queues and to publishing its own events (RabbitMQ messaging topology operator). */
function brokerUser(name) {
  const { permissions, topic } = brokerPermissions(namespace, name);
  const rabbitmqClusterReference = { name: 'rabbitmq', namespace: 'rabbitmq' };
  const object = `ejournal-${name}`;
  return [
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'User',
      metadata: { name: object, namespace, labels: labels(name) },
      spec: { rabbitmqClusterReference, importCredentialsSecret: { name: `ejournal-rabbitmq-${name}-credentials` } },
    },
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'Permission',
      metadata: { name: object, namespace, labels: labels(name) },
      spec: { rabbitmqClusterReference, vhost: '/', user: brokerUserOf(namespace, name), permissions },
    },
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'TopicPermission',
      metadata: { name: object, namespace, labels: labels(name) },
      spec: { rabbitmqClusterReference, vhost: '/', user: brokerUserOf(namespace, name), permissions: { exchange: topic.exchange, write: topic.write, read: topic.read } },
    },
  ];
}

function deployment(name, description, replicas, container) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: labels(name), annotations: { 'ejournal/description': description } },
    spec: {
      replicas,
      selector: { matchLabels: labels(name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(name) },
        spec: {
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
          automountServiceAccountToken: false,
          volumes: [credentialsVolume(name)],
          containers: [
            {
              name,
              image,
              imagePullPolicy: 'IfNotPresent',
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
              volumeMounts: [{ name: 'credentials', mountPath: CREDENTIALS_DIR, readOnly: true }],
              ...container,
            },
          ],
        },
      },
    },
  };
}

function hpa(name, min, max) {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace, labels: labels(name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: min,
      maxReplicas: max,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  };
}

function serviceManifests([name, description, min, max, cpu, memory, cpuLimit, memoryLimit]) {
  // Readiness: the database answers (with the broker away the outbox keeps the events, so the pod still
  // serves); liveness: the process answers at all (an outage of either must not restart it).
  const probe = (service, initialDelaySeconds, periodSeconds) => ({ grpc: { port: HEALTH_PORT, service }, initialDelaySeconds, periodSeconds, failureThreshold: 3 });
  return [
    deployment(name, description, min, {
      command: ['node', `services/${name}/dist/main.js`],
      ports: [
        { name: 'grpc', containerPort: GRPC_PORT },
        { name: 'health', containerPort: HEALTH_PORT },
      ],
      envFrom: [{ configMapRef: { name: 'ejournal-config' } }],
      env: [
        { name: 'GRPC_PORT', value: String(GRPC_PORT) },
        { name: 'HEALTH_PORT', value: String(HEALTH_PORT) },
        { name: 'MONGODB_DATABASE', value: name },
        // Its own database user (readWrite on its own database only) and its own broker user.
        secretEnv('MONGODB_URI', `ejournal-mongodb-${name}`, 'uri'),
        secretEnv('AMQP_URL', `ejournal-rabbitmq-${name}`, 'url'),
        ...(name === 'identity'
          ? [
              ...['BOOTSTRAP_OPERATOR_LOGIN', 'BOOTSTRAP_OPERATOR_PASSWORD'].map((variable) => ({
                name: variable,
                valueFrom: { secretKeyRef: { name: 'ejournal-bootstrap', key: variable.toLowerCase().replace(/_/g, '-'), optional: true } },
              })),
              // Seals the token signing keys at rest: the data key from the operator's KMS.
              secretEnv('SIGNING_KEY_ENCRYPTION_KEY', 'ejournal-identity-kek', 'key'),
            ]
          : []),
        ...(name === 'diary' ? [secretEnv('DIARY_PSEUDONYM_SECRET', 'ejournal-diary-pseudonym', 'secret')] : []),
        // The passphrase the schools' private archive keys are kept encrypted with (the operator's secret store).
        ...(name === 'archive' ? [secretEnv('ARCHIVE_KEY_PASSPHRASE', 'ejournal-archive-key', 'passphrase')] : []),
        // The region's SMTP relay for notices by e-mail (smtp://user:password@host:587); without it e-mail is off and says so.
        ...(name === 'messaging' ? [{ name: 'MESSAGING_SMTP_URL', valueFrom: { secretKeyRef: { name: 'ejournal-smtp', key: 'url', optional: true } } }] : []),
        // The services it calls (topology.ts).
        ...addressesOf(name),
      ],
      resources: resources(cpu, memory, cpuLimit, memoryLimit),
      readinessProbe: probe('ejournal.database', 2, 5),
      livenessProbe: { ...probe('ejournal.process', 10, 10), failureThreshold: 6 },
    }),
    {
      apiVersion: 'v1',
      kind: 'Service',
      // Headless: gRPC clients resolve every pod and balance calls round-robin.
      metadata: { name, namespace, labels: labels(name) },
      spec: { clusterIP: 'None', selector: labels(name), ports: [{ name: 'grpc', port: GRPC_PORT, targetPort: 'grpc', appProtocol: 'grpc' }] },
    },
    hpa(name, min, max),
    certificate(name),
    networkPolicy(name, { main: GRPC_PORT, health: HEALTH_PORT }),
    ...brokerUser(name),
  ];
}

function gatewayManifests() {
  const probe = (path, initialDelaySeconds) => ({ httpGet: { path, port: 'http' }, initialDelaySeconds, periodSeconds: 5, failureThreshold: 3 });
  return [
    deployment('gateway', 'API gateway', 3, {
      command: ['node', 'gateway/dist/main.js'],
      ports: [{ name: 'http', containerPort: 8080 }],
      envFrom: [{ configMapRef: { name: 'ejournal-config' } }],
      env: [
        { name: 'PORT', value: '8080' },
        ...addressesOf('gateway'),
        secretEnv('AMQP_URL', 'ejournal-rabbitmq-gateway', 'url'),
        // Only the proxy in front (the ingress controller) is trusted for X-Forwarded-For.
        { name: 'TRUST_PROXY_HOPS', value: '1' },
      ],
      resources: resources('200m', '256Mi', '2', '512Mi'),
      readinessProbe: probe('/readyz', 2),
      livenessProbe: { ...probe('/readyz', 10), failureThreshold: 6 },
    }),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'gateway', namespace, labels: labels('gateway') },
      spec: { selector: labels('gateway'), ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    hpa('gateway', 3, 30),
    certificate('gateway'),
    networkPolicy('gateway', { main: 8080 }),
    ...brokerUser('gateway'),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'gateway', namespace, labels: labels('gateway'), annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '25m' } },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['ejournal.example.org'], secretName: 'ejournal-tls' }],
        rules: [{ host: 'ejournal.example.org', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { name: 'http' } } } }] } }],
      },
    },
  ];
}

const common = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'app.kubernetes.io/part-of': 'ejournal' } } },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'ejournal-config', namespace },
    data: {
      LOG_LEVEL: 'info',
      EVENT_NAMESPACE: 'ejournal',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability.svc.cluster.local:4318',
      SHUTDOWN_GRACE_MS: '20000',
      CREDENTIALS_DIR,
      AMQP_USERS_PER_SERVICE: 'true',
    },
  },
  // The platform's own CA (its key in the Secret ejournal-platform-ca, made once by the operator):
  // cert-manager issues every process's certificate from it.
  { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ejournal-platform-ca', namespace }, spec: { ca: { secretName: 'ejournal-platform-ca' } } },
  // Nothing reaches a pod of the namespace unless a policy of its own lets it (see each process's file).
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny-ingress', namespace }, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
  // One MongoDB user per service, readWrite on its own database only; passwords from each service's
  // Secret ejournal-mongodb-<service> (key password). Runs at each release; createUser or updateUser.
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'mongodb-users', namespace, labels: { 'app.kubernetes.io/part-of': 'ejournal' } },
    spec: {
      backoffLimit: 6,
      template: {
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          containers: [
            {
              name: 'mongodb-users',
              image: 'mongo:7',
              command: [
                'mongosh',
                '--quiet',
                '--eval',
                [
                  "const admin = db.getSiblingDB('admin');",
                  ...services.map(([name]) => {
                    const variable = `${name.toUpperCase()}_PASSWORD`;
                    return `{ const d = db.getSiblingDB('${name}'); const roles = [{ role: 'readWrite', db: '${name}' }]; if (d.getUser('${name}')) d.updateUser('${name}', { pwd: process.env.${variable}, roles }); else d.createUser({ user: '${name}', pwd: process.env.${variable}, roles }); }`;
                  }),
                  // The nightly backup's user (backup.yaml): reads every database, writes none.
                  "{ const roles = [{ role: 'backup', db: 'admin' }]; if (admin.getUser('backup')) admin.updateUser('backup', { pwd: process.env.BACKUP_PASSWORD, roles }); else admin.createUser({ user: 'backup', pwd: process.env.BACKUP_PASSWORD, roles }); }",
                ].join(' '),
                '$(MONGODB_ADMIN_URI)',
              ],
              env: [
                secretEnv('MONGODB_ADMIN_URI', 'ejournal-mongodb-admin', 'uri'),
                ...services.map(([name]) => secretEnv(`${name.toUpperCase()}_PASSWORD`, `ejournal-mongodb-${name}`, 'password')),
                secretEnv('BACKUP_PASSWORD', 'ejournal-mongodb-backup', 'password'),
              ],
            },
          ],
        },
      },
    },
  },
];

/**
 * The nightly backup (docs/backups.md): every service's database (mongodump, one archive each) and the
 * broker's definitions, with checksums and a manifest, written to two media — two volumes of two
 * storage classes the operator binds to independent storage (another system, another site) — and
 * rotated on each (7 daily, 4 weekly, 12 monthly). A restore runs the same image by hand (docs/backups.md).
 */
function backupManifests() {
  const media = [
    ['a', 'ejournal-backups-a', 'backup medium A: the cluster\'s own storage'],
    ['b', 'ejournal-backups-b', 'backup medium B: storage independent of medium A (another system or site)'],
  ];
  return [
    ...media.map(([, claim, description]) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: claim, namespace, labels: labels('backup'), annotations: { 'ejournal/description': description } },
      spec: { storageClassName: claim, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '200Gi' } } },
    })),
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'backup', namespace, labels: labels('backup'), annotations: { 'ejournal/description': 'nightly backup of every database and the broker definitions to two media' } },
      spec: {
        schedule: '30 1 * * *',
        timeZone: 'Europe/Moscow',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: 3600,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 5,
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            activeDeadlineSeconds: 4 * 3600,
            template: {
              metadata: { labels: labels('backup') },
              spec: {
                restartPolicy: 'Never',
                automountServiceAccountToken: false,
                securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
                volumes: [
                  ...media.map(([medium, claim]) => ({ name: `medium-${medium}`, persistentVolumeClaim: { claimName: claim } })),
                  // The dumps are made here first, then copied to each medium and read back.
                  { name: 'staging', emptyDir: { sizeLimit: '50Gi' } },
                ],
                containers: [
                  {
                    name: 'backup',
                    image: backupImage,
                    imagePullPolicy: 'IfNotPresent',
                    command: ['node', 'libs/backup/dist/main.js'],
                    args: ['backup'],
                    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
                    env: [
                      { name: 'BACKUP_TOOL', value: 'mongodump' },
                      { name: 'BACKUP_MEDIUM_A', value: '/backups/a' },
                      { name: 'BACKUP_MEDIUM_B', value: '/backups/b' },
                      { name: 'TMPDIR', value: '/staging' },
                      // A user with MongoDB's `backup` role (made by the mongodb-users job).
                      secretEnv('MONGODB_URI', 'ejournal-mongodb-backup', 'uri'),
                      // The broker's management API with a user that may read its definitions: http://user:password@host:15672.
                      secretEnv('AMQP_MANAGEMENT_URL', 'ejournal-rabbitmq-backup', 'management-url'),
                    ],
                    volumeMounts: [...media.map(([medium]) => ({ name: `medium-${medium}`, mountPath: `/backups/${medium}` })), { name: 'staging', mountPath: '/staging' }],
                    resources: resources('200m', '256Mi', '1', '1Gi'),
                  },
                ],
              },
            },
          },
        },
      },
    },
  ];
}

const header = '# Generated by scripts/gen-k8s.mjs — edit the table there and run it again.\n';
const write = (file, docs) => writeFileSync(join(outDir, file), header + docs.map((doc) => stringify(doc)).join('---\n'));

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.yaml')) rmSync(join(outDir, file));
write('00-namespace-and-config.yaml', common);
for (const service of services) write(`${service[0]}.yaml`, serviceManifests(service));
write('gateway.yaml', gatewayManifests());
write('backup.yaml', backupManifests());
