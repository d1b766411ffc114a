// No cluster runs here, so the deployment descriptions are checked by reading them: every process
// has what Kubernetes and compose need to run, probe, scale and reach it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRPC_CALLS, SERVICE_NAMES, type ProcessName } from '@ejournal/contracts';
import { parseAllDocuments, parse } from 'yaml';

const root = join(__dirname, '..', '..');
const k8sDir = join(root, 'deploy', 'k8s');
const PROCESSES = [...SERVICE_NAMES, 'gateway'];

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: any; data?: any };

function manifests(dir: string): Manifest[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((doc) => {
        if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
        return doc.toJS() as Manifest;
      }),
    );
}

const all = manifests(k8sDir);
const find = (kind: string, name: string) => all.find((m) => m.kind === kind && m.metadata.name === name);

describe('Kubernetes manifests', () => {
  it('are what scripts/gen-k8s.mjs writes (run it after changing its table)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'k8s-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-k8s.mjs'), fresh]);
      const read = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      expect(read(k8sDir)).toEqual(read(fresh));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('put every object in the ejournal namespace, with a kind, an apiVersion and a name', () => {
    for (const manifest of all) {
      expect(manifest.apiVersion).toBeTruthy();
      expect(manifest.metadata.name).toMatch(/^[a-z0-9-]+$/);
      if (manifest.kind !== 'Namespace') expect(manifest.metadata.namespace).toBe('ejournal');
    }
  });

  it.each(PROCESSES)('run %s as a Deployment with resources, probes, a Service and an autoscaler', (name) => {
    const deployment = find('Deployment', name)!;
    expect(deployment).toBeDefined();
    const pod = deployment.spec.template;
    expect(deployment.spec.selector.matchLabels).toEqual(pod.metadata.labels);
    const [container] = pod.spec.containers;
    expect(container.image).toBeTruthy();
    expect(container.command.join(' ')).toBe(name === 'gateway' ? 'node gateway/dist/main.js' : `node services/${name}/dist/main.js`);
    for (const kind of ['requests', 'limits']) {
      expect(container.resources[kind].cpu).toBeTruthy();
      expect(container.resources[kind].memory).toBeTruthy();
    }
    const port = container.ports[0].containerPort;
    const healthPort = container.ports.find((p: { name: string }) => p.name === 'health')?.containerPort;
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      if (name === 'gateway') expect(probe.httpGet).toMatchObject({ path: '/readyz', port: 'http' });
      else expect(probe.grpc.port).toBe(healthPort);
    }
    if (name !== 'gateway') {
      expect(container.env).toEqual(
        expect.arrayContaining([
          { name: 'GRPC_PORT', value: String(port) },
          { name: 'HEALTH_PORT', value: String(healthPort) },
          { name: 'MONGODB_DATABASE', value: name },
        ]),
      );
    }

    const service = find('Service', name)!;
    expect(service.spec.selector).toEqual(pod.metadata.labels);
    expect(container.ports.map((p: { name: string }) => p.name)).toContain(service.spec.ports[0].targetPort);

    const autoscaler = find('HorizontalPodAutoscaler', name)!;
    expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(autoscaler.spec.minReplicas).toBeLessThanOrEqual(autoscaler.spec.maxReplicas);
  });

  it('route the Ingress to the gateway, and the gateway to every service', () => {
    const ingress = find('Ingress', 'gateway')!;
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe('gateway');
    expect(find('Service', 'gateway')!.spec.ports.map((p: { name: string }) => p.name)).toContain(backend.port.name);
    const env = find('Deployment', 'gateway')!.spec.template.spec.containers[0].env as Array<{ name: string; value?: string }>;
    for (const name of SERVICE_NAMES) {
      const address = env.find((e) => e.name === `${name.toUpperCase()}_GRPC_ADDRESS`)!.value!;
      const [host, port] = address.split(':');
      expect(host.split('.')[0]).toBe(name);
      expect(find('Service', name)!.spec.ports[0].port).toBe(Number(port));
    }
  });

  it.each(PROCESSES)('give %s its own credentials, database user, broker user and certificate', (name) => {
    const pod = find('Deployment', name)!.spec.template.spec;
    const sources = pod.volumes.find((v: { name: string }) => v.name === 'credentials').projected.sources;
    expect(sources.map((source: any) => source.secret?.name ?? source.configMap?.name)).toEqual([`ejournal-${name}-tls`, `ejournal-${name}-call-key`, 'ejournal-call-keys']);
    const env = pod.containers[0].env as Array<{ name: string; valueFrom?: any }>;
    expect(env.find((e) => e.name === 'AMQP_URL')!.valueFrom.secretKeyRef.name).toBe(`ejournal-rabbitmq-${name}`);
    if (name !== 'gateway') expect(env.find((e) => e.name === 'MONGODB_URI')!.valueFrom.secretKeyRef.name).toBe(`ejournal-mongodb-${name}`);
    expect(env.some((e) => e.name === 'INTERNAL_AUTH_SECRET')).toBe(false);
    expect(find('Certificate', `ejournal-${name}`)!.spec).toMatchObject({ secretName: `ejournal-${name}-tls`, commonName: name });
    expect(find('TopicPermission', `ejournal-${name}`)!.spec.permissions.write).toBe(name === 'gateway' ? '^$' : `^${name}\\.`);
  });

  it.each(SERVICE_NAMES)('let only the processes that call %s reach its gRPC port', (name) => {
    const policy = find('NetworkPolicy', name)!;
    const allowed = policy.spec.ingress.find((rule: any) => rule.from)?.from.map((peer: any) => peer.podSelector.matchLabels['app.kubernetes.io/name']) ?? [];
    const expected = PROCESSES.filter((caller) => GRPC_CALLS[caller as ProcessName].includes(name));
    expect(allowed.sort()).toEqual(expected.sort());
    expect(find('NetworkPolicy', 'default-deny-ingress')!.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  it('refer only to the shared ConfigMap that is declared', () => {
    const configMaps = new Set(all.filter((m) => m.kind === 'ConfigMap').map((m) => m.metadata.name));
    for (const deployment of all.filter((m) => m.kind === 'Deployment')) {
      for (const source of deployment.spec.template.spec.containers[0].envFrom ?? []) expect(configMaps).toContain(source.configMapRef.name);
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, any> };

  it('runs MongoDB as a replica set, RabbitMQ with its management UI, a collector and Jaeger', () => {
    expect(compose.services.mongodb.command).toEqual(expect.arrayContaining(['--replSet']));
    expect(compose.services.rabbitmq.image).toMatch(/rabbitmq:.*management/);
    expect(compose.services['otel-collector']).toBeDefined();
    expect(compose.services.jaeger).toBeDefined();
  });

  it.each(PROCESSES)('runs %s from the one image with the broker, the database and tracing configured', (name) => {
    const service = compose.services[name];
    expect(service.build).toBe('.');
    expect(service.command).toEqual(['node', name === 'gateway' ? 'gateway/dist/main.js' : `services/${name}/dist/main.js`]);
    expect(service.environment).toMatchObject({ AMQP_URL: expect.stringContaining(`ejournal.${name}:`), OTEL_EXPORTER_OTLP_ENDPOINT: expect.any(String), CREDENTIALS_DIR: '/etc/ejournal/credentials' });
    expect(service.volumes).toContain(`./.run/credentials/${name}:/etc/ejournal/credentials:ro`);
    if (name !== 'gateway') expect(service.environment.MONGODB_URI).toMatch(new RegExp(`^mongodb://${name}:.*@mongodb:27017/.*authSource=${name}`));
    expect(Object.keys(service.environment)).not.toContain('INTERNAL_AUTH_SECRET');
  });

  it('points the gateway at every service', () => {
    const gateway = compose.services.gateway;
    expect(gateway.ports).toContain('8080:8080');
    for (const name of SERVICE_NAMES) {
      expect(gateway.environment[`${name.toUpperCase()}_GRPC_ADDRESS`]).toBe(`${name}:${compose.services[name].environment.GRPC_PORT}`);
    }
  });
});
