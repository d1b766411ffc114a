// Preloaded into every process of a benchmark run when BENCH_PROFILE=<dir> (node --require): the first
// SIGUSR2 starts the V8 CPU profiler, the second writes <dir>/<process>-<pid>.cpuprofile (open it in
// Chrome DevTools, or summarise it with bench/tools/cpu-summary.mjs).
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join, basename, dirname } = require('node:path');

const directory = process.env.BENCH_PROFILE;
const name = basename(dirname(dirname(process.argv[1] ?? 'node')));
const session = new inspector.Session();
session.connect();
let profiling = false;
process.on('SIGUSR2', () => {
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(directory, `${name}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
