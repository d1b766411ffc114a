#!/usr/bin/env node
// Writes the Kubernetes manifests in deploy/k8s/ from the table below: one file per process
// (Deployment with gRPC health probes and resources, headless Service, HorizontalPodAutoscaler),
// plus the namespace, shared config and the gateway's Ingress. Edit the table, run this, commit.
// deploy/test/manifests.test.ts fails when the files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? join(root, 'deploy', 'k8s');
const namespace = 'ejournal';
const image = 'registry.example.org/ejournal/platform:1.0.0';
const GRPC_PORT = 50051;

// name, what it is, replicas (min/max), resources
const services = [
  ['identity', 'identity and access', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['curriculum', 'curriculum and schedule', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['gradebook', 'gradebook: lesson records, marks, finals', 3, 20, '200m', '384Mi', '2', '768Mi'],
  ['attendance', 'attendance', 2, 10, '100m', '256Mi', '1', '512Mi'],
  ['diary', 'diary publishing', 3, 30, '200m', '384Mi', '2', '768Mi'],
  ['messaging', 'messaging', 2, 6, '100m', '256Mi', '1', '512Mi'],
  ['archive', 'archiving', 1, 3, '100m', '256Mi', '1', '1Gi'],
];

const labels = (name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'ejournal' });
const resources = (cpu, memory, cpuLimit, memoryLimit) => ({ requests: { cpu, memory }, limits: { cpu: cpuLimit, memory: memoryLimit } });
const secretEnv = (name, secret, key) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });

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
          containers: [{ name, image, imagePullPolicy: 'IfNotPresent', securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true }, ...container }],
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
  const probe = (initialDelaySeconds, periodSeconds) => ({ grpc: { port: GRPC_PORT }, initialDelaySeconds, periodSeconds, failureThreshold: 3 });
  return [
    deployment(name, description, min, {
      command: ['node', `services/${name}/dist/main.js`],
      ports: [{ name: 'grpc', containerPort: GRPC_PORT }],
      envFrom: [{ configMapRef: { name: 'ejournal-config' } }],
      env: [
        { name: 'GRPC_PORT', value: String(GRPC_PORT) },
        { name: 'MONGODB_DATABASE', value: name },
        secretEnv('MONGODB_URI', 'ejournal-mongodb', 'uri'),
        secretEnv('AMQP_URL', 'ejournal-rabbitmq', 'url'),
        secretEnv('INTERNAL_AUTH_SECRET', 'ejournal-internal', 'secret'),
        ...(name === 'identity'
          ? ['BOOTSTRAP_OPERATOR_LOGIN', 'BOOTSTRAP_OPERATOR_PASSWORD'].map((variable) => ({
              name: variable,
              valueFrom: { secretKeyRef: { name: 'ejournal-bootstrap', key: variable.toLowerCase().replace(/_/g, '-'), optional: true } },
            }))
          : []),
        // The diary's full export reads the owning services over gRPC.
        ...(name === 'diary'
          ? ['curriculum', 'gradebook', 'attendance'].map((source) => ({ name: `${source.toUpperCase()}_GRPC_ADDRESS`, value: `${source}.${namespace}.svc.cluster.local:${GRPC_PORT}` }))
          : []),
      ],
      resources: resources(cpu, memory, cpuLimit, memoryLimit),
      // gRPC health: NOT_SERVING while the database or the broker is away, so the pod leaves the
      // Service until it is back; liveness only asks that the process answers at all.
      readinessProbe: probe(2, 5),
      livenessProbe: { ...probe(10, 10), failureThreshold: 6 },
    }),
    {
      apiVersion: 'v1',
      kind: 'Service',
      // Headless: gRPC clients resolve every pod and balance calls round-robin.
      metadata: { name, namespace, labels: labels(name) },
      spec: { clusterIP: 'None', selector: labels(name), ports: [{ name: 'grpc', port: GRPC_PORT, targetPort: 'grpc', appProtocol: 'grpc' }] },
    },
    hpa(name, min, max),
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
        ...services.map(([name]) => ({ name: `${name.toUpperCase()}_GRPC_ADDRESS`, value: `${name}.${namespace}.svc.cluster.local:${GRPC_PORT}` })),
        secretEnv('INTERNAL_AUTH_SECRET', 'ejournal-internal', 'secret'),
        secretEnv('AMQP_URL', 'ejournal-rabbitmq', 'url'),
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
    data: { LOG_LEVEL: 'info', EVENT_NAMESPACE: 'ejournal', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability.svc.cluster.local:4318', SHUTDOWN_GRACE_MS: '20000' },
  },
];

const header = '# Generated by scripts/gen-k8s.mjs — edit the table there and run it again.\n';
const write = (file, docs) => writeFileSync(join(outDir, file), header + docs.map((doc) => stringify(doc)).join('---\n'));

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.yaml')) rmSync(join(outDir, file));
write('00-namespace-and-config.yaml', common);
for (const service of services) write(`${service[0]}.yaml`, serviceManifests(service));
write('gateway.yaml', gatewayManifests());
