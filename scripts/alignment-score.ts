/**
 * npm run alignment — pairing precision and recall of the aligner on the
 * hand-labelled set in tests/alignment/set.json (see tests/alignment/README.md):
 * overall, for headings and for list items, and the count of headings paired
 * wrongly on a row that would show as a plain "Match". `--verbose` lists every
 * wrong and missed pair. Pairs from the shared corpus are skipped when it is absent.
 */
import { existsSync } from 'node:fs';
import { precision, readSet, recall, resolvePath, scoreSet, type Counts } from '../tests/alignment/measure.js';

const verbose = process.argv.includes('--verbose');
const set = readSet().filter((pair) => existsSync(resolvePath(pair.left)) && existsSync(resolvePath(pair.right)));
const result = scoreSet(set);
const format = (counts: Counts) =>
  `precision ${precision(counts).toFixed(3)} (${counts.correct}/${counts.made})  recall ${recall(counts).toFixed(3)} (${counts.found}/${counts.truePairs})`;

for (const pair of result.pairs) {
  console.log(
    `${pair.name.padEnd(30)} ${format(pair.overall)}${pair.confidentWrongHeadings ? `  confident wrong headings ${pair.confidentWrongHeadings}` : ''}`,
  );
  if (verbose && pair.wrong.length > 0) console.log(`  wrong: ${pair.wrong.join(' ')}`);
  if (verbose && pair.missed.length > 0) console.log(`  missed: ${pair.missed.join(' ')}`);
  if (verbose && pair.uncertainCorrectPairs.length > 0) console.log(`  correct but uncertain: ${pair.uncertainCorrectPairs.join(' ')}`);
}
console.log(`\n${set.length} labelled pairs`);
console.log(`overall   ${format(result.overall)}`);
console.log(`headings  ${format(result.headings)}`);
console.log(`items     ${format(result.items)}`);
console.log(`headings paired wrongly with status Match: ${result.confidentWrongHeadings}`);
const wrong = result.overall.made - result.overall.correct;
console.log(
  `marked uncertain: ${result.uncertainWrong} of ${wrong} wrong pairs, ${result.uncertainCorrect} of ${result.overall.correct} correct pairs`,
);
