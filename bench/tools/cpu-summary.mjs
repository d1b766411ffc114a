#!/usr/bin/env node
// Summarises a .cpuprofile: self time by function and by package (node_modules/<package>, node:internal,
// or the project's own code), the top lines. usage: node bench/tools/cpu-summary.mjs <file> [top=25]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const gaps = profile.timeDeltas;
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (gaps[index] ?? 0)));
const total = [...self.values()].reduce((sum, value) => sum + value, 0);
const packageOf = (url) => {
  if (!url) return '(native/idle)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  if (url.startsWith('node:')) return 'node:internal';
  return url.includes('/work/') ? `project:${url.split('/').slice(-3).join('/')}` : url;
};
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
const functions = new Map();
const packages = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  add(functions, `${callFrame.functionName || '(anonymous)'} ${packageOf(callFrame.url)}:${callFrame.lineNumber + 1}`, time);
  add(packages, callFrame.functionName === '(idle)' ? '(idle)' : callFrame.functionName === '(garbage collector)' ? '(gc)' : packageOf(callFrame.url), time);
}
const show = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)).map(([key, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${key}`).join('\n');
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n\nby package:\n${show(packages)}\n\nby function:\n${show(functions)}`);
