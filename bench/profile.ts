/**
 * CPU profile of compare() on a generated pair: `npx tsx bench/profile.ts [bytes] [reps]`
 * (default 1 MB, 2 reps after one warm-up). Prints self time by function and
 * by package / source file, so the share of the parser versus mdparity's own
 * code is visible. Writes the raw profile to bench/compare.cpuprofile when
 * BENCH_CPUPROFILE=1 (open it in Chrome DevTools).
 */
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { compare } from '../src/core/index.js';
import { generatePair } from './generate.js';

const bytes = Number(process.argv[2] ?? 1_000_000);
const reps = Number(process.argv[3] ?? 2);
const pair = generatePair(bytes, 1);

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));

compare(pair.left, pair.right);
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
for (let i = 0; i < reps; i++) compare(pair.left, pair.right);
const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
if (process.env.BENCH_CPUPROFILE) writeFileSync(new URL('./compare.cpuprofile', import.meta.url), JSON.stringify(profile));

// Self time per node from the samples.
const dt = new Map<number, number>();
const deltas = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

const where = (url: string) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src\/.*|bench\/.*)$/.exec(url);
  return src ? src[1]! : url === '' ? '(native/gc)' : url;
};
for (const node of profile.nodes) {
  const self = dt.get(node.id) ?? 0;
  if (!self) continue;
  const frame = node.callFrame;
  const file = where(frame.url);
  const fn = `${frame.functionName || '(anonymous)'}  ${file}${frame.url.includes('node_modules') ? `:${frame.lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + self);
  byFile.set(file, (byFile.get(file) ?? 0) + self);
}

// Inclusive time of mdparity's stages: a sample counts for the innermost src/ frame on its stack.
const bySrcFrame = new Map<string, number>();
for (const node of profile.nodes) {
  const self = dt.get(node.id) ?? 0;
  if (!self) continue;
  let id: number | undefined = node.id;
  let label = '(outside src/)';
  while (id !== undefined) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.url.includes('/src/core/')) {
      label = `${frame.functionName || '(anonymous)'}  ${where(frame.url)}`;
      break;
    }
    id = parents.get(id);
  }
  bySrcFrame.set(label, (bySrcFrame.get(label) ?? 0) + self);
}

const top = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, value]) => `${value.toFixed(0).padStart(7)} ms  ${((value / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');

console.log(
  `compare() on ${(Buffer.byteLength(pair.left) / 1024).toFixed(0)} KB + ${(Buffer.byteLength(pair.right) / 1024).toFixed(0)} KB, ${reps} reps, ${total.toFixed(0)} ms sampled`,
);
console.log('\nSelf time by package / file:');
console.log(top(byFile, 20));
console.log('\nSelf time by function (top 30):');
console.log(top(byFunction, 30));
console.log('\nTime attributed to the innermost mdparity function on the stack (parser time lands on parseMarkdown):');
console.log(top(bySrcFrame, 25));
