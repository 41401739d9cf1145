/**
 * Writes the JSON report of every corpus pair and the seed pair to a folder
 * (`--out DIR`), or compares the reports of this tree with such a folder
 * (`--against DIR`) and lists the pairs whose report changed. A refactor that
 * must not change behaviour is checked with it: snapshot before, compare after.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, isInputError, type Finding, type Report } from '../src/core/index.js';
import { writers } from '../src/core/report/writers.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    out: { type: 'string' },
    against: { type: 'string' },
    limit: { type: 'string' },
    show: { type: 'string', default: '20' },
  },
});
if (!values.out === !values.against) {
  console.error('usage: report-snapshot (--out DIR | --against DIR) [--corpus DIR] [--limit N]');
  process.exit(2);
}

const pairs: Array<[string, string]> = [['seeds/smo.is.md', 'seeds/smo.no.md']];
const tsv = join(values.corpus, 'pairs.tsv');
if (existsSync(tsv)) {
  for (const line of readFileSync(tsv, 'utf8').trim().split('\n').slice(1)) {
    const [, , en, tr] = line.split('\t');
    pairs.push([join(values.corpus, en!), join(values.corpus, tr!)]);
  }
}
const chosen = values.limit ? pairs.slice(0, Number(values.limit)) : pairs;

function reportJson(left: string, right: string): string {
  try {
    return writers.json(compare(readFileSync(left, 'utf8'), readFileSync(right, 'utf8'), { leftPath: left, rightPath: right }));
  } catch (error) {
    return `${isInputError(error) ? 'input error' : 'CRASH'}: ${(error as Error).message}\n`;
  }
}

let changed = 0;
const dir = (values.out ?? values.against)!;
if (values.out) mkdirSync(dir, { recursive: true });
chosen.forEach(([left, right], index) => {
  const file = join(dir, `${String(index).padStart(4, '0')}.json`);
  const json = reportJson(left, right);
  if (values.out) writeFileSync(file, json);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    changed++;
    if (changed <= Number(values.show)) console.log(`changed: ${right}\n${findingChanges(existsSync(file) ? readFileSync(file, 'utf8') : '', json)}`);
  }
});
if (values.out) console.log(`${chosen.length} reports written to ${dir}`);
else {
  console.log(`${changed} of ${chosen.length} reports differ from ${dir}`);
  process.exitCode = changed === 0 ? 0 : 1;
}

/** The findings one report has and the other lacks, one line each (`-` before, `+` after); alignment changes are counted. */
function findingChanges(before: string, after: string): string {
  const parse = (json: string): Report | null => {
    try {
      return JSON.parse(json) as Report;
    } catch {
      return null;
    }
  };
  const a = parse(before);
  const b = parse(after);
  if (!a || !b) return `  ${before.slice(0, 200)} → ${after.slice(0, 200)}`;
  const key = (finding: Finding) =>
    `${finding.check} ${finding.left?.line ?? '-'}/${finding.right?.line ?? '-'} ${finding.severity}: ${finding.message.slice(0, 160)}`;
  const keysA = new Set(a.findings.map(key));
  const keysB = new Set(b.findings.map(key));
  const lines = [
    ...[...keysA].filter((k) => !keysB.has(k)).map((k) => `  - ${k}`),
    ...[...keysB].filter((k) => !keysA.has(k)).map((k) => `  + ${k}`),
  ];
  const rowsChanged = JSON.stringify(a.alignment) !== JSON.stringify(b.alignment);
  return [...lines, ...(rowsChanged ? ['  (alignment rows changed)'] : [])].join('\n');
}
