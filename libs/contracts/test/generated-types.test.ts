import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const committed = join(root, 'libs/contracts/src/generated');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('generated TypeScript types', () => {
  it('are up to date with proto/ (run `npm run gen:proto` after changing a .proto)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'proto-types-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-proto-types.mjs'), fresh], { stdio: 'pipe' });
      const read = (dir: string) => Object.fromEntries(files(dir).map((file) => [relative(dir, file), readFileSync(file, 'utf8')]));
      expect(read(committed)).toEqual(read(fresh));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
