import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseTool, withoutCredentials } from '../src/backup';
import { fileChecksum, verifyBackup } from '../src/checksums';
import { readBackupConfig } from '../src/config';
import { backupIdOf, checksumProblems, manifestText, MANIFEST_FILE, parseManifest, parseSums, sumsText, SUMS_FILE, takenAtOfId, type FoundFile, type Manifest } from '../src/manifest';

const hash = (character: string) => character.repeat(64);

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    format: 'ejournal-backup/1',
    id: '2025-09-01T01-30-00Z',
    takenAt: '2025-09-01T01:30:00.000Z',
    finishedAt: '2025-09-01T01:31:10.000Z',
    host: 'backup-1',
    source: { server: 'mongodb://127.0.0.1:27017/', version: 'FerretDB v1.24.2', postgresql: 'PostgreSQL 15.20' },
    tool: { name: 'pg_dump', version: 'pg_dump (PostgreSQL) 15.20' },
    consistency: 'one PostgreSQL snapshot for every database',
    databases: [
      { name: 'gradebook', present: true, file: 'gradebook.pgdump', collections: ['lessons', 'marks'] },
      { name: 'archive', present: false },
    ],
    broker: { taken: true, via: 'management API', source: 'http://127.0.0.1:15672', version: 'RabbitMQ 3.10.8', file: 'broker-definitions.json' },
    files: [
      { name: 'gradebook.pgdump', bytes: 1000, sha256: hash('a') },
      { name: 'broker-definitions.json', bytes: 20, sha256: hash('b') },
    ],
    ...overrides,
  };
}

const sumsOf = (m: Manifest) => new Map([...m.files.map((file): [string, string] => [file.name, file.sha256]), [MANIFEST_FILE, hash('c')]]);
const foundOf = (m: Manifest) => new Map<string, FoundFile>(m.files.map((file) => [file.name, { bytes: file.bytes, sha256: file.sha256 }]));

describe('backup names', () => {
  it('are the UTC second the backup was taken, without colons', () => {
    expect(backupIdOf(new Date('2025-09-01T01:30:00.456Z'))).toBe('2025-09-01T01-30-00Z');
    expect(takenAtOfId('2025-09-01T01-30-00Z')).toEqual(new Date('2025-09-01T01:30:00Z'));
  });

  it.each(['.2025-09-01T01-30-00Z.partial', 'lost+found', '2025-13-01T01-30-00Z', '2025-09-01T01:30:00Z'])('are not read from %s', (name) => {
    expect(takenAtOfId(name)).toBeUndefined();
  });
});

describe('the manifest', () => {
  it('reads back what was written', () => {
    expect(parseManifest(manifestText(manifest()))).toEqual(manifest());
  });

  it('refuses text that is not JSON, another format, and a file name that climbs out of the backup', () => {
    expect(() => parseManifest('{"format":')).toThrow('manifest.json is not JSON');
    expect(() => parseManifest(JSON.stringify({ ...manifest(), format: 'other/2' }))).toThrow('format');
    expect(() => parseManifest(JSON.stringify(manifest({ files: [{ name: '../etc/passwd', bytes: 1, sha256: hash('a') }] })))).toThrow('plain file name');
  });

  it('refuses a file listed twice', () => {
    const m = manifest();
    expect(() => parseManifest(JSON.stringify({ ...m, files: [...m.files, m.files[0]] }))).toThrow('lists gradebook.pgdump twice');
  });

  it('says why the broker definitions are missing, never leaves it out', () => {
    expect(() => parseManifest(JSON.stringify(manifest({ broker: { taken: false, reasons: [] } })))).toThrow();
    const m = manifest({ broker: { taken: false, reasons: ['management API at http://127.0.0.1:15672: fetch failed'] }, files: manifest().files.slice(0, 1) });
    expect(parseManifest(manifestText(m)).broker).toEqual(m.broker);
  });
});

describe('SHA256SUMS', () => {
  it('is what sha256sum writes and reads', () => {
    const text = sumsText([{ name: 'gradebook.pgdump', sha256: hash('a') }, { name: MANIFEST_FILE, sha256: hash('c') }]);
    expect(text).toBe(`${hash('a')}  gradebook.pgdump\n${hash('c')}  manifest.json\n`);
    expect(parseSums(text)).toEqual(new Map([['gradebook.pgdump', hash('a')], [MANIFEST_FILE, hash('c')]]));
    expect(parseSums(`${hash('a')} *binary-mode.pgdump\n`)).toEqual(new Map([['binary-mode.pgdump', hash('a')]]));
  });

  it('refuses a line that is not a checksum and a file', () => {
    expect(() => parseSums('abc  file\n')).toThrow('line 1');
  });
});

describe('checking a backup against its checksums', () => {
  it('finds nothing wrong with a whole backup', () => {
    const m = manifest();
    expect(checksumProblems(m, sumsOf(m), foundOf(m))).toEqual([]);
  });

  it('names a file whose content changed', () => {
    const m = manifest();
    const found = foundOf(m);
    found.set('gradebook.pgdump', { bytes: 1000, sha256: hash('d') });
    expect(checksumProblems(m, sumsOf(m), found)).toEqual([`gradebook.pgdump: SHA-256 ${hash('d')}, the manifest says ${hash('a')}`]);
  });

  it('names a missing file and a file of another size', () => {
    const m = manifest();
    const found = foundOf(m);
    found.set('gradebook.pgdump', undefined);
    found.set('broker-definitions.json', { bytes: 21, sha256: hash('b') });
    expect(checksumProblems(m, sumsOf(m), found)).toEqual(['gradebook.pgdump: missing', 'broker-definitions.json: 21 bytes, the manifest says 20']);
  });

  it('names a disagreement between SHA256SUMS and the manifest, and a file only one of them lists', () => {
    const m = manifest();
    const sums = sumsOf(m);
    sums.set('gradebook.pgdump', hash('e'));
    sums.set('extra.pgdump', hash('f'));
    expect(checksumProblems(m, sums, foundOf(m))).toEqual(['gradebook.pgdump: SHA256SUMS and manifest.json give different checksums', 'extra.pgdump: in SHA256SUMS but not in manifest.json']);
  });

  it('names a dump the manifest uses without a checksum for it', () => {
    const m = manifest({ files: manifest().files.slice(1) });
    expect(checksumProblems(m, sumsOf(m), foundOf(m))).toEqual(['gradebook.pgdump: used by the manifest but without a checksum']);
  });
});

describe('verifying a backup directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backup-verify-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function writeBackup(): Promise<Manifest> {
    writeFileSync(join(dir, 'gradebook.pgdump'), Buffer.from('PGDMP dump bytes'));
    writeFileSync(join(dir, 'broker-definitions.json'), '{"queues":[]}');
    const files = [
      { name: 'gradebook.pgdump', ...(await fileChecksum(join(dir, 'gradebook.pgdump'))) },
      { name: 'broker-definitions.json', ...(await fileChecksum(join(dir, 'broker-definitions.json'))) },
    ];
    const m = manifest({ files });
    writeFileSync(join(dir, MANIFEST_FILE), manifestText(m));
    writeFileSync(join(dir, SUMS_FILE), sumsText([...files, { name: MANIFEST_FILE, ...(await fileChecksum(join(dir, MANIFEST_FILE))) }]));
    return m;
  }

  it('passes a whole backup', async () => {
    const m = await writeBackup();
    expect(await verifyBackup(dir)).toEqual({ manifest: m, problems: [] });
  });

  it('refuses a backup with one byte changed', async () => {
    await writeBackup();
    const bytes = readFileSync(join(dir, 'gradebook.pgdump'));
    bytes[3] ^= 0x01;
    writeFileSync(join(dir, 'gradebook.pgdump'), bytes);
    const { problems } = await verifyBackup(dir);
    expect(problems).toEqual([expect.stringMatching(/^gradebook\.pgdump: SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/)]);
  });

  it('does not trust a manifest whose own checksum does not match', async () => {
    await writeBackup();
    writeFileSync(join(dir, MANIFEST_FILE), readFileSync(join(dir, MANIFEST_FILE), 'utf8').replace('backup-1', 'backup-2'));
    expect((await verifyBackup(dir)).problems).toEqual([expect.stringMatching(/^manifest\.json: SHA-256 [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}$/)]);
  });

  it('refuses a directory without SHA256SUMS', async () => {
    expect((await verifyBackup(dir)).problems).toEqual([expect.stringContaining('SHA256SUMS: missing')]);
  });
});

describe('choosing the tool', () => {
  it('dumps FerretDB from its PostgreSQL and MongoDB with mongodump', () => {
    expect(chooseTool('auto', 'ferretdb')).toBe('pg_dump');
    expect(chooseTool('auto', 'mongodb')).toBe('mongodump');
    expect(chooseTool('mongodump', 'ferretdb')).toBe('mongodump');
    expect(() => chooseTool('pg_dump', 'mongodb')).toThrow('use mongodump');
  });

  it('writes no credentials into the manifest', () => {
    expect(withoutCredentials('mongodb://backup:s3cret@mongo-0:27017,mongo-1:27017/?replicaSet=rs0&authSource=admin')).toBe('mongodb://mongo-0:27017,mongo-1:27017/');
    expect(withoutCredentials('postgres://postgres@127.0.0.1:5432/ferretdb')).toBe('postgres://127.0.0.1:5432/ferretdb');
  });
});

describe('the configuration', () => {
  it('backs up every service database under the prefix on the two default media', () => {
    const config = readBackupConfig({ MONGODB_URI: 'mongodb://127.0.0.1:27017/', BACKUP_DATABASE_PREFIX: 'ejournal_' });
    expect(config.databases).toEqual(['ejournal_identity', 'ejournal_curriculum', 'ejournal_gradebook', 'ejournal_attendance', 'ejournal_diary', 'ejournal_messaging', 'ejournal_archive', 'ejournal_reports']);
    expect(config.media).toEqual(['.backups/medium-a', '.backups/medium-b']);
    expect(config.retention).toEqual({ daily: 7, weekly: 4, monthly: 12 });
    expect(config.tool).toBe('auto');
  });

  it('takes an explicit list of databases', () => {
    expect(readBackupConfig({ MONGODB_URI: 'mongodb://127.0.0.1:27017/', BACKUP_DATABASES: 'a_one, a_two' }).databases).toEqual(['a_one', 'a_two']);
  });

  it('names every wrong variable', () => {
    expect(() => readBackupConfig({ BACKUP_TOOL: 'tar', BACKUP_DATABASES: 'a b' })).toThrow(/MONGODB_URI is not set.*BACKUP_TOOL.*BACKUP_DATABASES must be database names/);
  });
});
