// What a built process loads at start (issue #12: every process's resident memory under 150 MB). Modules
// a process never runs still cost it memory: the generated message types are types only, the OTLP
// exporter is loaded only when an endpoint is configured, and reports loads Excel and Vega on the first
// file or chart. Checked on the built code (dist/, as the platform runs it), in a process of its own.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The modules a fresh Node.js process holds after running `script` (paths under the repository). */
function modulesLoadedBy(script: string): string[] {
  const output = execFileSync(process.execPath, ['-e', `${script}; process.stdout.write(JSON.stringify(Object.keys(require.cache)))`], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(output) as string[]).map((path) => path.slice(ROOT.length + 1));
}

describe('what a process loads at start', () => {
  it('loads no generated type module, no OTLP exporter without an endpoint, and no Excel or Vega before a file is asked for', () => {
    const loaded = modulesLoadedBy(`
      require('./libs/kit/dist/tracing.js').startTracing('footprint');
      require('./services/reports/dist/api/reports.api.js');
      require('./services/reports/dist/events/read-models.consumer.js');
    `);
    expect(loaded).toContain('services/reports/dist/renderings/xlsx.js');
    expect(loaded.filter((path) => /\/generated\/|exporter-trace-otlp-http|\/exceljs\/|\/vega\/|\/vega-lite\//.test(path))).toEqual([]);
  });

  it('loads the OTLP exporter when an endpoint is configured', () => {
    const loaded = modulesLoadedBy(`require('./libs/kit/dist/tracing.js').startTracing('footprint', 'http://127.0.0.1:4318')`);
    expect(loaded.some((path) => path.includes('exporter-trace-otlp-http'))).toBe(true);
  });
});
