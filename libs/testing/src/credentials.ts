import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessName } from '@ejournal/contracts';
import { generateCredentials } from '@ejournal/launcher';
import { loadCredentials, type PlatformCredentials } from '@ejournal/kit';

let root: string | undefined;

/** Credentials of a whole platform made once per test process (a CA, a certificate and a call key per process). */
export function testCredentialsRoot(): string {
  root ??= generateCredentials(mkdtempSync(join(tmpdir(), 'ejournal-test-credentials-')));
  return root;
}

/** One process's credentials, as it would load them. */
export function testCredentials(name: ProcessName): PlatformCredentials {
  return loadCredentials(name, join(testCredentialsRoot(), name));
}
