/**
 * Draws the seeded, check-stratified sample of warning and error findings
 * that precision is judged on (method: ../shared/precision-judging.md).
 * Runs compare on every pair of the corpus, as scripts/corpus.ts does, keeps
 * every warning and error, and writes tests/precision/sample-<seed>.tsv with
 * empty verdict and reason columns to be filled by reading both sides.
 * Every check with findings gets at least 6 rows (or all it has), the rest of
 * the sample goes to checks in proportion to their volume. Same seed, same
 * corpus and same code give the same sample.
 *
 *   npm run precision:sample -- --seed 1 [--size 160] [--corpus DIR] [--out FILE]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { prng } from '../bench/generate.js';
import { compare, isInputError, type Finding } from '../src/core/index.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    seed: { type: 'string' },
    size: { type: 'string', default: '160' },
    minimum: { type: 'string', default: '6' },
    out: { type: 'string' },
  },
});
if (values.seed === undefined || !/^\d+$/.test(values.seed)) {
  console.error('usage: precision:sample -- --seed N [--size 160] [--corpus DIR] [--out FILE]');
  process.exit(2);
}
const seed = Number(values.seed);
const size = Number(values.size);
const perCheckMinimum = Number(values.minimum);
if (!(size >= 150)) console.warn(`warning: a sample of ${size} is below the 150 the method asks for`);

interface Drawn {
  check: string;
  severity: string;
  repo: string;
  lang: string;
  left: string;
  right: string;
  message: string;
}

const root = values.corpus!;
const rows = readFileSync(join(root, 'pairs.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string]);

const all: Drawn[] = [];
const failures: string[] = [];
for (const [repo, lang, enPath, trPath] of rows) {
  const left = readFileSync(join(root, enPath), 'utf8');
  const right = readFileSync(join(root, trPath), 'utf8');
  let findings: Finding[];
  try {
    findings = compare(left, right, { leftPath: enPath, rightPath: trPath }).findings;
  } catch (error) {
    failures.push(`${trPath}: ${isInputError(error) ? 'input error' : 'CRASH'}: ${(error as Error).message}`);
    continue;
  }
  for (const finding of findings) {
    if (finding.severity !== 'warning' && finding.severity !== 'error') continue;
    all.push({
      check: finding.check,
      severity: finding.severity,
      repo,
      lang,
      left: finding.left ? `${enPath}:${finding.left.line}` : '-',
      right: finding.right ? `${trPath}:${finding.right.line}` : '-',
      message: finding.message.replace(/[\t\r\n]+/g, ' '),
    });
  }
}

// Volume per check and severity, in a fixed order.
const byCheck = new Map<string, Drawn[]>();
for (const finding of all) byCheck.set(finding.check, [...(byCheck.get(finding.check) ?? []), finding]);
const checks = [...byCheck.keys()].sort();

// Allocation: a floor of `minimum` per check (or all it has), the rest by volume (largest remainder, capped).
const allocation = new Map<string, number>(checks.map((check) => [check, Math.min(perCheckMinimum, byCheck.get(check)!.length)]));
let left = Math.min(size, all.length) - [...allocation.values()].reduce((sum, n) => sum + n, 0);
while (left > 0) {
  const open = checks.filter((check) => allocation.get(check)! < byCheck.get(check)!.length);
  if (open.length === 0) break;
  const volume = open.reduce((sum, check) => sum + byCheck.get(check)!.length, 0);
  const shares = open.map((check) => {
    const exact = (left * byCheck.get(check)!.length) / volume;
    const room = byCheck.get(check)!.length - allocation.get(check)!;
    return { check, whole: Math.min(Math.floor(exact), room), fraction: exact - Math.floor(exact), room };
  });
  let given = 0;
  for (const share of shares) {
    allocation.set(share.check, allocation.get(share.check)! + share.whole);
    given += share.whole;
  }
  // Hand out what floor() left over by largest fraction (ties by name, already sorted).
  const rest = shares.filter((share) => share.whole < share.room).sort((a, b) => b.fraction - a.fraction);
  for (const share of rest) {
    if (given >= left) break;
    allocation.set(share.check, allocation.get(share.check)! + 1);
    given++;
  }
  if (given === 0) break;
  left -= given;
}

// Draw within each check: a seeded Fisher–Yates shuffle of its findings, first k kept in corpus order.
const random = prng(seed);
const sample: Drawn[] = [];
for (const check of checks) {
  const pool = byCheck.get(check)!.map((_, index) => index);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const kept = pool.slice(0, allocation.get(check)!).sort((a, b) => a - b);
  for (const index of kept) sample.push(byCheck.get(check)![index]!);
}

const commit = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
const dirty = execSync('git status --porcelain -- src', { encoding: 'utf8' }).trim() !== '';
const header = [
  `# mdparity precision sample: seed=${seed} commit=${commit}${dirty ? ' (src modified)' : ''} date=${new Date().toISOString()} pairs=${rows.length - failures.length} findings=${all.length} size=${sample.length}`,
  ...checks.map((check) => {
    const found = byCheck.get(check)!;
    const errors = found.filter((finding) => finding.severity === 'error').length;
    return `# volume check=${check} warning=${found.length - errors} error=${errors} sampled=${allocation.get(check)}`;
  }),
  ['n', 'check', 'severity', 'repo', 'lang', 'left', 'right', 'message', 'verdict', 'reason'].join('\t'),
];
const body = sample.map((row, index) =>
  [index + 1, row.check, row.severity, row.repo, row.lang, row.left, row.right, row.message, '', ''].join('\t'),
);
const out = values.out ?? join('tests', 'precision', `sample-${seed}.tsv`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, [...header, ...body].join('\n') + '\n');
console.log(
  `${rows.length} pairs, ${all.length} warning/error findings in ${checks.length} checks; ${sample.length} drawn with seed ${seed} → ${out}`,
);
for (const check of checks) console.log(`  ${check.padEnd(22)} ${String(byCheck.get(check)!.length).padStart(6)} → ${allocation.get(check)}`);
if (failures.length > 0) console.log(`\nnot compared (${failures.length}):\n${failures.join('\n')}`);
