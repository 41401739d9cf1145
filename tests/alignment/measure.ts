/**
 * Alignment quality against hand-labelled pairs (tests/alignment/set.json).
 *
 * A label is a group `left/right` of block start lines (`3+5/7`: the left
 * paragraphs at lines 3 and 5 are translated as the one at line 7; `9/-`:
 * line 9 has no counterpart). List items are written with an `i` prefix
 * (`i12/i14`), since a list and its first item start on the same line.
 *
 * A pair the aligner made is judged when its set's scope covers it: scope
 * `all` labels every block of both sides (checked), scope `headings` labels
 * only headings, so only pairs touching a labelled line are judged. A made
 * pair is correct when one group holds both its lines.
 *
 * Precision: correct pairs ÷ judged pairs made. Recall: groups with both
 * sides that got a correct pair ÷ such groups. "Confident wrong headings":
 * wrong pairs with a heading on a side whose row would show as a plain
 * match (no finding of any severity, not marked uncertain).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDocuments } from '../../src/core/index.js';
import type { Report } from '../../src/core/report/types.js';

export interface LabelledPair {
  name: string;
  /** Paths relative to the repository, or `corpus:` + a path inside the shared corpus. */
  left: string;
  right: string;
  scope: 'all' | 'headings';
  /** Why this pair is in the set: the drift it shows. */
  note: string;
  pairs: string[];
}

export interface Counts {
  made: number;
  correct: number;
  truePairs: number;
  found: number;
}

interface PairScore {
  name: string;
  overall: Counts;
  headings: Counts;
  items: Counts;
  confidentWrongHeadings: number;
  /** Pairs marked uncertain, among the wrong and among the correct judged pairs. */
  uncertainWrong: number;
  uncertainCorrect: number;
  wrong: string[];
  missed: string[];
  /** Correct pairs marked uncertain, with the reasons: the over-flagging a reviewer pays for. */
  uncertainCorrectPairs: string[];
}

interface Group {
  left: Set<string>;
  right: Set<string>;
  label: string;
  heading: boolean;
}

const corpusRoot = process.env.MDPARITY_CORPUS ?? '../shared/corpus';

export function readSet(path = 'tests/alignment/set.json'): LabelledPair[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledPair[];
}

export function resolvePath(path: string): string {
  return path.startsWith('corpus:') ? join(corpusRoot, path.slice('corpus:'.length)) : path;
}

function parseGroup(label: string): { left: string[]; right: string[] } {
  const [l, r] = label.split('/');
  if (l === undefined || r === undefined) throw new Error(`bad label ${label}`);
  const side = (text: string) => (text === '-' ? [] : text.split('+').map((unit) => (unit.startsWith('i') ? unit : `b${unit}`)));
  return { left: side(l), right: side(r) };
}

const emptyCounts = (): Counts => ({ made: 0, correct: 0, truePairs: 0, found: 0 });

function scorePair(pair: LabelledPair, report?: Report): PairScore {
  const leftText = readFileSync(resolvePath(pair.left), 'utf8');
  const rightText = readFileSync(resolvePath(pair.right), 'utf8');
  const comparison = compareDocuments(leftText, rightText, { leftPath: pair.left, rightPath: pair.right });
  report ??= comparison.report;

  const leftHeadings = new Set(comparison.left.blocks.filter((block) => block.heading).map((block) => `b${block.span.line}`));
  const rightHeadings = new Set(comparison.right.blocks.filter((block) => block.heading).map((block) => `b${block.span.line}`));
  const groups: Group[] = pair.pairs.map((label) => {
    const { left, right } = parseGroup(label);
    return {
      left: new Set(left),
      right: new Set(right),
      label,
      heading: left.some((unit) => leftHeadings.has(unit)) || right.some((unit) => rightHeadings.has(unit)),
    };
  });
  const labelledLeft = new Set(groups.flatMap((group) => [...group.left]));
  const labelledRight = new Set(groups.flatMap((group) => [...group.right]));

  // Labels must name real blocks; scope `all` must name every block on both sides.
  const leftBlocks = new Set(comparison.left.blocks.map((block) => `b${block.span.line}`));
  const rightBlocks = new Set(comparison.right.blocks.map((block) => `b${block.span.line}`));
  for (const unit of labelledLeft) if (unit.startsWith('b') && !leftBlocks.has(unit)) throw new Error(`${pair.name}: no left block at ${unit}`);
  for (const unit of labelledRight) if (unit.startsWith('b') && !rightBlocks.has(unit)) throw new Error(`${pair.name}: no right block at ${unit}`);
  if (pair.scope === 'all') {
    const unlabelled = [
      ...[...leftBlocks].filter((unit) => !labelledLeft.has(unit)).map((unit) => `left ${unit}`),
      ...[...rightBlocks].filter((unit) => !labelledRight.has(unit)).map((unit) => `right ${unit}`),
    ];
    if (unlabelled.length > 0) throw new Error(`${pair.name}: unlabelled blocks ${unlabelled.join(', ')}`);
  }

  const flagged = new Set(report.findings.filter((finding) => finding.row !== null).map((finding) => finding.row!));
  const made: Array<{ left: string; right: string; heading: boolean; item: boolean; match: boolean; uncertain?: string }> = [];
  report.alignment.forEach((row, index) => {
    if (!row.left || !row.right) return;
    const uncertain = row.uncertain?.reasons.join(',');
    made.push({
      left: `b${row.left.line}`,
      right: `b${row.right.line}`,
      heading: row.left.kind === 'heading' || row.right.kind === 'heading',
      item: false,
      match: !flagged.has(index) && uncertain === undefined,
      uncertain,
    });
    for (const item of row.items ?? []) {
      if (item.left && item.right) made.push({ left: `i${item.left.line}`, right: `i${item.right.line}`, heading: false, item: true, match: false });
    }
  });

  // A block the aligner calls moved is paired with its counterpart too (shown as moved, never as a match).
  for (const row of comparison.alignment.rows) {
    if (row.left === null || row.movedTo === undefined) continue;
    const other = comparison.alignment.rows[row.movedTo]!;
    if (other.right === null) continue;
    const a = comparison.left.blocks[row.left]!;
    const b = comparison.right.blocks[other.right]!;
    made.push({ left: `b${a.span.line}`, right: `b${b.span.line}`, heading: a.kind === 'heading' || b.kind === 'heading', item: false, match: false });
  }

  const score: PairScore = {
    name: pair.name,
    overall: emptyCounts(),
    headings: emptyCounts(),
    items: emptyCounts(),
    confidentWrongHeadings: 0,
    uncertainWrong: 0,
    uncertainCorrect: 0,
    wrong: [],
    missed: [],
    uncertainCorrectPairs: [],
  };
  const foundGroups = new Set<Group>();
  for (const pairMade of made) {
    const judged = pair.scope === 'all' && !pairMade.item ? true : labelledLeft.has(pairMade.left) || labelledRight.has(pairMade.right);
    if (!judged) continue;
    const group = groups.find((candidate) => candidate.left.has(pairMade.left) && candidate.right.has(pairMade.right));
    const buckets = [score.overall, ...(pairMade.heading ? [score.headings] : []), ...(pairMade.item ? [score.items] : [])];
    for (const bucket of buckets) {
      bucket.made++;
      if (group) bucket.correct++;
    }
    if (pairMade.uncertain !== undefined) {
      if (group) {
        score.uncertainCorrect++;
        score.uncertainCorrectPairs.push(`${pairMade.left.slice(1)}/${pairMade.right.slice(1)} (${pairMade.uncertain})`);
      } else score.uncertainWrong++;
    }
    if (group) foundGroups.add(group);
    else {
      score.wrong.push(`${pairMade.left.slice(1)}/${pairMade.right.slice(1)}${pairMade.item ? ' (item)' : ''}${pairMade.uncertain !== undefined ? ` (uncertain: ${pairMade.uncertain})` : ''}`);
      if (pairMade.heading && pairMade.match) score.confidentWrongHeadings++;
    }
  }
  for (const group of groups) {
    if (group.left.size === 0 || group.right.size === 0) continue;
    const item = [...group.left].some((unit) => unit.startsWith('i'));
    const buckets = [score.overall, ...(group.heading ? [score.headings] : []), ...(item ? [score.items] : [])];
    for (const bucket of buckets) {
      bucket.truePairs++;
      if (foundGroups.has(group)) bucket.found++;
    }
    if (!foundGroups.has(group)) score.missed.push(group.label);
  }
  return score;
}

function add(total: Counts, counts: Counts): void {
  total.made += counts.made;
  total.correct += counts.correct;
  total.truePairs += counts.truePairs;
  total.found += counts.found;
}

export const precision = (counts: Counts) => (counts.made === 0 ? 1 : counts.correct / counts.made);
export const recall = (counts: Counts) => (counts.truePairs === 0 ? 1 : counts.found / counts.truePairs);

export interface SetScore {
  pairs: PairScore[];
  overall: Counts;
  headings: Counts;
  items: Counts;
  confidentWrongHeadings: number;
  uncertainWrong: number;
  uncertainCorrect: number;
}

export function scoreSet(set: readonly LabelledPair[]): SetScore {
  const result: SetScore = { pairs: [], overall: emptyCounts(), headings: emptyCounts(), items: emptyCounts(), confidentWrongHeadings: 0, uncertainWrong: 0, uncertainCorrect: 0 };
  for (const pair of set) {
    const score = scorePair(pair);
    result.pairs.push(score);
    add(result.overall, score.overall);
    add(result.headings, score.headings);
    add(result.items, score.items);
    result.confidentWrongHeadings += score.confidentWrongHeadings;
    result.uncertainWrong += score.uncertainWrong;
    result.uncertainCorrect += score.uncertainCorrect;
  }
  return result;
}
