/**
 * Reads a judged precision sample (tests/precision/sample-<seed>.tsv, drawn by
 * scripts/precision-sample.ts) and prints precision as the method defines it
 * (../shared/precision-judging.md): right / (right + wrong), arguable apart,
 * per check, for errors alone, and overall for warnings weighted by each
 * check's volume on the corpus; and the volume, warnings per pair.
 *
 *   npm run precision:report -- tests/precision/sample-<seed>.tsv [--repo astro-docs]
 *
 * `--repo` keeps the rows of one repository of the corpus (Astro's MDX pages, say); the weights stay the whole
 * corpus's volumes per check, which the output says.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { repo: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error('usage: precision:report -- tests/precision/sample-<seed>.tsv [--repo NAME]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const comments = lines.filter((line) => line.startsWith('#'));
const table = lines.filter((line) => line !== '' && !line.startsWith('#'));
const columns = table[0]!.split('\t');
const at = (name: string): number => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`${file}: no column ${name}`);
  return index;
};
const [cCheck, cSeverity, cVerdict, cRepo] = [at('check'), at('severity'), at('verdict'), at('repo')];

const head = comments[0] ?? '';
const field = (name: string): string | undefined => new RegExp(`${name}=(\\S+)`).exec(head)?.[1];
const pairs = Number(field('pairs'));
const volume = new Map<string, { warning: number; error: number }>();
for (const line of comments) {
  const match = /^# volume check=(\S+) warning=(\d+) error=(\d+)/.exec(line);
  if (match) volume.set(match[1]!, { warning: Number(match[2]), error: Number(match[3]) });
}

type Verdict = 'right' | 'wrong-misalignment' | 'wrong-logic' | 'arguable' | 'unjudged';
interface Tally {
  right: number;
  'wrong-misalignment': number;
  'wrong-logic': number;
  arguable: number;
  unjudged: number;
}
const empty = (): Tally => ({ right: 0, 'wrong-misalignment': 0, 'wrong-logic': 0, arguable: 0, unjudged: 0 });
const perCheck = new Map<string, Tally>();
const perCheckWarnings = new Map<string, Tally>();
const errors = empty();
const warnings = empty();
const unknown: string[] = [];
for (const line of table.slice(1)) {
  const cells = line.split('\t');
  if (values.repo !== undefined && cells[cRepo] !== values.repo) continue;
  const raw = (cells[cVerdict] ?? '').trim();
  const verdict: Verdict = raw === '' ? 'unjudged' : (raw as Verdict);
  if (!['right', 'wrong-misalignment', 'wrong-logic', 'arguable', 'unjudged'].includes(verdict)) {
    unknown.push(`${cells[0]}: ${raw}`);
    continue;
  }
  const check = cells[cCheck]!;
  const tally = perCheck.get(check) ?? empty();
  tally[verdict]++;
  perCheck.set(check, tally);
  if (cells[cSeverity] === 'error') errors[verdict]++;
  else {
    warnings[verdict]++;
    const ofWarnings = perCheckWarnings.get(check) ?? empty();
    ofWarnings[verdict]++;
    perCheckWarnings.set(check, ofWarnings);
  }
}

const wrong = (t: Tally): number => t['wrong-misalignment'] + t['wrong-logic'];
const precision = (t: Tally): number | null => (t.right + wrong(t) === 0 ? null : t.right / (t.right + wrong(t)));
const percent = (p: number | null): string => (p === null ? '   -' : `${(100 * p).toFixed(0).padStart(3)}%`);
const judged = (t: Tally): number => t.right + wrong(t) + t.arguable;

console.log(head.replace(/^# /, ''));
if (values.repo !== undefined) console.log(`rows of ${values.repo} only; weights and volumes are the whole corpus's`);
console.log(
  `\n${'check'.padEnd(22)} ${'volume'.padStart(6)} ${'per pair'.padStart(8)}  sampled  right  wrong(mis/logic)  arguable  unjudged  precision`,
);
for (const check of [...perCheck.keys()].sort()) {
  const t = perCheck.get(check)!;
  const v = volume.get(check);
  const total = v ? v.warning + v.error : NaN;
  console.log(
    `${check.padEnd(22)} ${String(total).padStart(6)} ${(total / pairs).toFixed(2).padStart(8)}  ${String(judged(t) + t.unjudged).padStart(7)}  ${String(t.right).padStart(5)}  ${String(wrong(t)).padStart(5)} (${t['wrong-misalignment']}/${t['wrong-logic']})${' '.repeat(Math.max(0, 9 - String(t['wrong-misalignment']).length - String(t['wrong-logic']).length))}${String(t.arguable).padStart(8)}  ${String(t.unjudged).padStart(8)}  ${percent(precision(t))}`,
  );
}

// Checks that report at both severities: each severity apart (the weighting below uses the warning rows).
const perCheckErrors = new Map<string, Tally>();
for (const line of table.slice(1)) {
  const cells = line.split('\t');
  if (values.repo !== undefined && cells[cRepo] !== values.repo) continue;
  if (cells[cSeverity] !== 'error') continue;
  const raw = (cells[cVerdict] ?? '').trim();
  const verdict = (raw === '' ? 'unjudged' : raw) as Verdict;
  if (!(verdict in empty())) continue;
  const tally = perCheckErrors.get(cells[cCheck]!) ?? empty();
  tally[verdict]++;
  perCheckErrors.set(cells[cCheck]!, tally);
}
for (const [check, ofErrors] of [...perCheckErrors].sort()) {
  const ofWarnings = perCheckWarnings.get(check);
  if (!ofWarnings) continue;
  for (const [severity, t] of [
    ['warning', ofWarnings],
    ['error', ofErrors],
  ] as const)
    console.log(
      `  ${check} ${severity}s: ${volume.get(check)?.[severity] ?? '?'} on the corpus; sampled ${judged(t) + t.unjudged}: right ${t.right}, wrong ${wrong(t)}, arguable ${t.arguable} → ${percent(precision(t)).trim()}`,
    );
}

// Volume-weighted warning precision: each check's warning precision, weighted by its warning volume.
let weighted = 0;
let weight = 0;
let unweighted = 0;
for (const [check, t] of perCheckWarnings) {
  const p = precision(t);
  const w = volume.get(check)?.warning ?? 0;
  if (p === null) {
    unweighted += w;
    continue;
  }
  weighted += p * w;
  weight += w;
}
const totalWarnings = [...volume.values()].reduce((sum, v) => sum + v.warning, 0);
const totalErrors = [...volume.values()].reduce((sum, v) => sum + v.error, 0);

console.log(
  `\nerrors: ${totalErrors} on the corpus (${(totalErrors / pairs).toFixed(2)} per pair); sampled ${judged(errors) + errors.unjudged}: right ${errors.right}, wrong ${wrong(errors)} (misalignment ${errors['wrong-misalignment']}, logic ${errors['wrong-logic']}), arguable ${errors.arguable}, unjudged ${errors.unjudged} → precision ${percent(precision(errors)).trim()}`,
);
console.log(
  `warnings: ${totalWarnings} on the corpus, ${(totalWarnings / pairs).toFixed(2)} per pair (${pairs} pairs); sampled ${judged(warnings) + warnings.unjudged}: right ${warnings.right}, wrong ${wrong(warnings)} (misalignment ${warnings['wrong-misalignment']}, logic ${warnings['wrong-logic']}), arguable ${warnings.arguable}, unjudged ${warnings.unjudged}`,
);
console.log(`  raw sample precision (not weighted): ${percent(precision(warnings)).trim()}`);
console.log(
  `  volume-weighted warning precision: ${weight === 0 ? '-' : percent(weighted / weight).trim()}${unweighted > 0 ? ` (${unweighted} warnings of checks with no judged right/wrong warning left out of the weights)` : ''}`,
);
// The same weighting for errors (the error sample is stratified by check too).
let weightedErrors = 0;
let errorWeight = 0;
for (const [check, t] of perCheckErrors) {
  const p = precision(t);
  const w = volume.get(check)?.error ?? 0;
  if (p === null) continue;
  weightedErrors += p * w;
  errorWeight += w;
}
console.log(`  volume-weighted error precision: ${errorWeight === 0 ? '-' : percent(weightedErrors / errorWeight).trim()}`);
const all = empty();
for (const t of [errors, warnings]) for (const key of Object.keys(all) as Verdict[]) all[key] += t[key];
console.log(`  arguable: ${all.arguable} of ${judged(all)} judged (${percent(all.arguable / Math.max(1, judged(all))).trim()})`);
if (unknown.length > 0) console.log(`\nunknown verdicts (use right | wrong-misalignment | wrong-logic | arguable): ${unknown.join('; ')}`);
