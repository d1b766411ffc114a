import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileChecksum } from './checksums';
import { MANIFEST_FILE, takenAtOfId, type FileEntry } from './manifest';
import { chooseBackupsToKeep, type RetentionPolicy } from './rotation';

/** Writes what the OS still holds for a file or directory to the medium. */
function flush(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Copies a finished backup (its files, manifest.json and SHA256SUMS already in `staged`) to a medium as
 * `<medium>/<id>`: first into `<medium>/.<id>.partial`, each file flushed and read back against its
 * checksum, then renamed into place — a directory named like a backup is always a whole one.
 */
export async function writeToMedium(staged: string, files: FileEntry[], medium: string, id: string): Promise<string> {
  mkdirSync(medium, { recursive: true });
  const target = join(medium, id);
  const partial = join(medium, `.${id}.partial`);
  if (existsSync(target)) throw new Error(`${target} already exists`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  for (const file of files) {
    copyFileSync(join(staged, file.name), join(partial, file.name));
    flush(join(partial, file.name));
    const copy = await fileChecksum(join(partial, file.name));
    if (copy.sha256 !== file.sha256 || copy.bytes !== file.bytes) throw new Error(`${file.name} read back from ${medium} differs from what was written`);
  }
  flush(partial);
  renameSync(partial, target);
  flush(medium);
  return target;
}

export interface StoredBackup {
  id: string;
  dir: string;
  takenAt: Date;
}

/** The whole backups on a medium (directories named by their time, with a manifest), in no order. */
export function backupsOn(medium: string): StoredBackup[] {
  if (!existsSync(medium)) return [];
  return readdirSync(medium).flatMap((id) => {
    const takenAt = takenAtOfId(id);
    const dir = join(medium, id);
    return takenAt && existsSync(join(dir, MANIFEST_FILE)) ? [{ id, dir, takenAt }] : [];
  });
}

export interface Rotation {
  kept: Array<{ id: string; reasons: string[] }>;
  removed: string[];
  /** Copies left unfinished (a backup that stopped) more than a day ago, removed too. */
  abandoned: string[];
}

/** Applies the retention policy (rotation.ts) to one medium. Anything not named like a backup is left alone. */
export function rotateMedium(medium: string, policy: RetentionPolicy, now = new Date()): Rotation {
  const choice = chooseBackupsToKeep(backupsOn(medium), policy);
  for (const backup of choice.remove) rmSync(backup.dir, { recursive: true, force: true });
  const abandoned = existsSync(medium)
    ? readdirSync(medium).filter((name) => /^\..+\.partial$/.test(name) && now.getTime() - statSync(join(medium, name)).mtimeMs > 86_400_000)
    : [];
  for (const name of abandoned) rmSync(join(medium, name), { recursive: true, force: true });
  return { kept: choice.keep.map(({ backup, reasons }) => ({ id: backup.id, reasons })), removed: choice.remove.map((backup) => backup.id), abandoned };
}

/** Two media must be two places: neither the same directory nor one inside the other. */
export function checkMediaApart(a: string, b: string): void {
  const [first, second] = [resolve(a), resolve(b)];
  if (first === second || first.startsWith(`${second}/`) || second.startsWith(`${first}/`)) throw new Error(`the two media must be apart: ${first} and ${second}`);
}
