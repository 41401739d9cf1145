/** Aligned blocks whose natural-language text is identical on both sides: left untranslated. */
import { quote } from '../vocabulary/phrasing.js';
import { pairedContent, type UnitSide } from './units.js';
import { verbatimBlocks, verbatimComponents } from './mdx-config.js';
import { hasCaselessScript, languagesOf, primaryLanguage } from './prose.js';
import type { Span } from '../model/types.js';
import type { Check, FindingInput } from './types.js';

/** At least this many letters of text, and (in scripts with case) this many lower-case words, make a passage of prose. */
const minLetters = 24;
const minLowercaseWords = 3;
const minCaselessLetters = 10;

export const untranslated: Check = {
  id: 'untranslated',
  severity: 'warning',
  summary: 'An aligned paragraph, item, heading or cell has the same natural-language text on both sides: it was not translated.',
  rationale:
    'A passage left in the source language is the most visible translation defect to a reader, and easy to miss in review because the structure is perfect. Text is compared after setting aside inline code, URLs, numbers, punctuation and case, and only passages of real prose count: at least 24 letters with three lower-case words (or ten letters in scripts without case), so names, product lists, commands and short labels that stay the same in every language are not reported. Nor is the content of components that quote data verbatim (console output, an upstream pull request’s title: `mdx.verbatimComponents`). An image’s alt text alone left in the original is info (projects often leave it). Passages left untranslated one after another (a section the translator has not reached) are one finding at the first, with the others as its related places. Nothing is reported when both sides are known to be in the same language.',
  bad: {
    left: '## Installation\n\nInstall the package with npm and restart the development server afterwards.\n',
    right: '## Installation\n\nInstall the package with npm and restart the development server afterwards.\n',
    note: 'The paragraph of the German side was never translated.',
  },
  good: {
    left: '## Installation\n\nInstall the package with `npm install mdparity` and restart the server.\n',
    right: '## Installation\n\nInstallieren Sie das Paket mit `npm install mdparity` und starten Sie den Server neu.\n',
    note: 'The heading is the same word in both languages (too short to count); the paragraph is translated.',
  },
  run(context, emit) {
    const languages = languagesOf(context);
    const [a, b] = [primaryLanguage(languages.left), primaryLanguage(languages.right)];
    if (a !== null && a === b) return;
    const names = verbatimComponents(context.config);
    const verbatim = { left: verbatimBlocks(context.left, names), right: verbatimBlocks(context.right, names) };
    // Passages left untranslated one after another (a section, or a whole page the translator has not reached yet)
    // are one defect with one fix: one finding at the first, the others as its related places. A translated passage
    // ends the run; passages too short to tell (names, labels) and code do not.
    let run: Untranslated[] = [];
    const flush = () => {
      if (run.length > 0) emit(runFinding(run));
      run = [];
    };
    for (const { row, left, right } of pairedContent(context.units)) {
      // Quoted data (console output, an upstream pull request's title) is the same in every language by design.
      if (verbatim.left.has(left.block.index) || verbatim.right.has(right.block.index)) continue;
      if (left.features.length < minCaselessLetters || right.features.length < minCaselessLetters) continue;
      const textA = left.prose;
      const normalA = normalize(textA);
      if (normalA.length < minCaselessLetters) continue;
      if (normalA !== normalize(right.prose)) {
        flush();
        continue;
      }
      if (!isProse(textA, normalA)) continue;
      const kept = keptOnPurpose(left, textA);
      const finding: Untranslated = {
        message: `Untranslated text: both sides read ${quote(textA.replace(placeholderRun, '…'), 60)}${kept ? ` (${kept}, often kept in the original language)` : ''}.`,
        left: left.span,
        right: right.span,
        row,
        severity: kept ? 'info' : undefined,
      };
      // Kept on purpose (info) and pairs the aligner is unsure of (softened one by one) stand alone.
      if (kept || context.alignment.rows[row]?.uncertain) emit(finding);
      else run.push(finding);
    }
    flush();
  },
};

type Untranslated = FindingInput & { left: Span; right: Span };

/** One finding for a run of untranslated passages: the first's, naming how many and where they end. */
function runFinding([first, ...rest]: Untranslated[]): FindingInput {
  if (rest.length === 0) return first!;
  const last = rest[rest.length - 1]!;
  return {
    ...first!,
    message: `${first!.message.slice(0, -1)}, and the ${rest.length} passages after it are untranslated too (${rest.length + 1} in a row, left lines ${first!.left.line}–${last.left.endLine}).`,
    related: rest.map(({ left, right }) => ({ left, right })),
  };
}

const issueReference = /(?:^|[\s(])#\d{2,}\b/;

/** Text that projects often keep in the source language on purpose: quotations, titles of linked resources, change-log entries. */
function keptOnPurpose(unit: UnitSide, text: string): string | null {
  if (unit.kind === 'blockquote') return 'a quotation';
  // An image's alt text alone (a screenshot's caption): read by screen readers, not on the page; judged arguable on
  // every sample (seeds 16 and 17), as projects often leave it in the original.
  if (unit.features.images.length > 0) {
    let rest = text;
    for (const image of unit.features.images) if (image.alt) rest = rest.replace(image.alt, ' ');
    if (normalize(rest).replace(/ /g, '').length < minCaselessLetters) return 'image alt text';
  }
  if (issueReference.test(text)) return 'a change-log entry';
  let linked = 0;
  for (const link of unit.features.links) linked += link.textEnd - link.textStart;
  if (linked > 0 && linked >= 0.7 * unit.features.text.trim().length) return 'the title of a linked resource';
  return null;
}

const notLetter = /[^\p{L}\p{M}]+/gu;
const placeholderRun = /\uFFFC+/g;
const letter = /[\p{L}]/gu;

/** Letters only, lower case, words separated by one space. */
function normalize(text: string): string {
  return text.toLowerCase().replace(notLetter, ' ').trim();
}

/** Enough running text to be prose, not a name, a list of products or a label. */
function isProse(text: string, normal: string): boolean {
  if (hasCaselessScript(text)) return (normal.match(letter)?.length ?? 0) >= minCaselessLetters;
  // Words only: `--save-dev` or `eslint-plugin-react-hooks@latest` in a command are not words of prose.
  let letters = 0;
  let lowercase = 0;
  for (const token of text.split(space)) {
    const word = token.replace(edgePunctuation, '');
    if (!plainWord.test(word)) continue;
    letters += word.length;
    if (startsLowercase.test(word)) lowercase++;
  }
  return letters >= minLetters && lowercase >= minLowercaseWords;
}

const space = /\s+/;
const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const plainWord = /^[\p{L}\p{M}’']+$/u;
const startsLowercase = /^\p{Ll}/u;
