import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESS_NAMES, type ProcessName } from '@ejournal/contracts';

/** The file names a process reads from its credentials directory (as in libs/kit's call-credentials.ts). */
const FILES = { ca: 'ca.crt', cert: 'tls.crt', key: 'tls.key', callKey: 'call.key', callKeys: 'call-keys.json' } as const;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Makes the credentials of a platform on one machine, one directory per process under `root`:
 * a platform CA (its key stays in `root/ca`), a TLS certificate per process signed by it (CN = the
 * process, valid for its Kubernetes and local names), and an Ed25519 key per process for signing
 * call identities, with everyone's public keys. Production takes the same files from its secret
 * store (cert-manager issues the certificates; see deploy/).
 */
export function generateCredentials(root: string, namespace = 'ejournal'): string {
  const ca = join(root, 'ca');
  mkdirSync(ca, { recursive: true, mode: 0o700 });
  openssl(
    ['req', '-x509', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=ejournal platform CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    ca,
  );
  const callKeys: Record<string, string> = {};
  const privateCallKeys = new Map<ProcessName, string>();
  for (const name of PROCESS_NAMES) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    callKeys[name] = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    privateCallKeys.set(name, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  for (const name of PROCESS_NAMES) {
    const directory = join(root, name);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const names = [`DNS:${name}`, `DNS:${name}.${namespace}`, `DNS:${name}.${namespace}.svc`, `DNS:${name}.${namespace}.svc.cluster.local`, 'DNS:localhost', 'IP:127.0.0.1'];
    writeFileSync(join(directory, 'extensions.cnf'), `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=${names.join(',')}\n`);
    openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', FILES.key, '-out', 'tls.csr', '-subj', `/CN=${name}`], directory);
    openssl(['x509', '-req', '-in', 'tls.csr', '-CA', join(ca, 'ca.crt'), '-CAkey', join(ca, 'ca.key'), '-set_serial', `0x${randomBytes(16).toString('hex')}`, '-days', '825', '-extfile', 'extensions.cnf', '-out', FILES.cert], directory);
    rmSync(join(directory, 'tls.csr'));
    rmSync(join(directory, 'extensions.cnf'));
    writeFileSync(join(directory, FILES.ca), readFileSync(join(ca, 'ca.crt')));
    writeFileSync(join(directory, FILES.callKey), privateCallKeys.get(name)!, { mode: 0o600 });
    writeFileSync(join(directory, FILES.callKeys), JSON.stringify(callKeys, null, 2));
  }
  return root;
}

/** The credentials kept under `root` (make up keeps them in .run/credentials), made once when missing. */
export function loadOrCreateCredentials(root: string): string {
  if (PROCESS_NAMES.every((name) => existsSync(join(root, name, FILES.callKeys)))) return root;
  rmSync(root, { recursive: true, force: true });
  return generateCredentials(root);
}

/** A process's own directory under a credentials root. */
export function credentialsDirectory(root: string, name: ProcessName): string {
  return join(root, name);
}
