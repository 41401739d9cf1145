/**
 * Runs mdparity over the real translated pairs in ../shared/corpus and prints
 * what it found per check and per repository, the slowest pairs and any
 * failure. `--check ID` lists that check's findings; `--repo NAME` and
 * `--limit N` narrow the run. Real translations show what fixtures never do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { atLeast, compare, isInputError, severities, type Finding, type Severity } from '../src/core/index.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    check: { type: 'string' },
    repo: { type: 'string' },
    limit: { type: 'string' },
    severity: { type: 'string', default: 'warning' },
  },
});
const root = values.corpus;
let rows: string[][];
try {
  rows = readFileSync(join(root, 'pairs.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
} catch {
  console.log(`no corpus at ${root}`);
  process.exit(0);
}
if (values.repo) rows = rows.filter((row) => row[0] === values.repo);
if (values.limit) rows = rows.slice(0, Number(values.limit));

const minimum: Severity = severities.includes(values.severity as Severity) ? (values.severity as Severity) : 'warning';
const byCheck = new Map<string, number>();
const byRepo = new Map<string, { pairs: number; clean: number; findings: number }>();
const timings: Array<[number, string]> = [];
const failures: string[] = [];
const listed: string[] = [];
let total = 0;

for (const [repo, lang, enPath, trPath] of rows as Array<[string, string, string, string]>) {
  const left = readFileSync(join(root, enPath), 'utf8');
  const right = readFileSync(join(root, trPath), 'utf8');
  const started = performance.now();
  let findings: Finding[];
  try {
    findings = compare(left, right, { leftPath: enPath, rightPath: trPath }).findings;
  } catch (error) {
    failures.push(`${trPath}: ${isInputError(error) ? 'input error: ' : 'CRASH: '}${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    continue;
  }
  timings.push([performance.now() - started, trPath]);
  const shown = findings.filter((finding) => atLeast(finding.severity, minimum));
  const stats = byRepo.get(`${repo} ${lang}`) ?? { pairs: 0, clean: 0, findings: 0 };
  stats.pairs++;
  stats.findings += shown.length;
  if (shown.length === 0) stats.clean++;
  byRepo.set(`${repo} ${lang}`, stats);
  for (const finding of shown) {
    total++;
    byCheck.set(finding.check, (byCheck.get(finding.check) ?? 0) + 1);
    if (finding.check === values.check)
      listed.push(`${enPath}:${finding.left?.line ?? '-'} | ${trPath}:${finding.right?.line ?? '-'}\n    ${finding.severity} ${finding.message}`);
  }
}

console.log(`${rows.length} pairs, ${total} findings at ${values.severity} or above\n`);
console.log('per check:');
for (const [check, count] of [...byCheck].sort((a, b) => b[1] - a[1])) console.log(`  ${check.padEnd(20)} ${count}`);
console.log('\nper repository and language (pairs, pairs without findings, findings):');
for (const [key, stats] of [...byRepo].sort())
  console.log(`  ${key.padEnd(28)} ${String(stats.pairs).padStart(4)} ${String(stats.clean).padStart(5)} ${String(stats.findings).padStart(6)}`);
timings.sort((a, b) => b[0] - a[0]);
console.log(
  `\nslowest: ${timings
    .slice(0, 3)
    .map(([ms, path]) => `${ms.toFixed(0)} ms ${path}`)
    .join('; ')}`,
);
console.log(`total time: ${(timings.reduce((sum, [ms]) => sum + ms, 0) / 1000).toFixed(1)} s`);
if (failures.length > 0) console.log(`\nFAILURES (${failures.length}):\n${failures.join('\n')}`);
if (listed.length > 0) console.log(`\n${values.check}:\n${listed.join('\n')}`);
