/** Aligned blocks whose natural-language text is identical on both sides: left untranslated. */
import { quote } from '../vocabulary/phrasing.js';
import { pairedContent, type PairedUnit, type UnitSide } from './units.js';
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
    'A passage left in the source language is the most visible translation defect to a reader, and easy to miss in review because the structure is perfect. Text is compared after setting aside inline code, URLs, numbers, punctuation and case, and only passages of real prose count: at least 24 letters with three lower-case words (or ten letters in scripts without case), so names, product lists, commands and short labels that stay the same in every language are not reported. Nor is the content of components that quote data verbatim (console output, an upstream pull request’s title: `mdx.verbatimComponents`). An image’s alt text alone left in the original is info (projects often leave it). So is text the translator kept while translating what is around it: a heading that reads as a program’s message (`Cannot use import statement outside a module`, a quoted error, a `TypeError:` label) over a translated section, which readers search for as the program prints it; and a page whose every list item (ten or more) is kept while its headings and other text are translated (zh-cn’s error reference keeps Astro’s messages in English), one finding for the page. A plain title kept over a translated section is still a warning. Passages left untranslated one after another (a section the translator has not reached) are one finding at the first, with the others as its related places. Nothing is reported when both sides are known to be in the same language.',
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
    const units = pairedContent(context.units).filter(
      // Quoted data (console output, an upstream pull request's title) is the same in every language by design.
      ({ left, right }) => !verbatim.left.has(left.block.index) && !verbatim.right.has(right.block.index),
    );
    const states = units.map(stateOf);
    const byConvention = keptByConvention(units, states);
    const keptLists: Untranslated[] = [];
    units.forEach((unit, k) => {
      const { row, left, right } = unit;
      const state = states[k]!;
      if (state === 'translated' || state === 'altered') flush();
      if (state !== 'same') return;
      const textA = left.prose;
      if (byConvention.lists.has(k)) {
        keptLists.push({ message: '', left: left.span, right: right.span, row, severity: 'info' });
        return;
      }
      const kept = keptOnPurpose(left, textA) ?? (byConvention.headings.has(k) ? 'a program’s message in a heading over a translated section' : null);
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
    });
    flush();
    if (keptLists.length > 0) {
      const [first, ...rest] = keptLists;
      emit({
        ...first!,
        message: `Untranslated text: every list item of the page (${keptLists.length}, from left line ${first!.left.line}) is kept in the original while its other text is translated: a page-wide choice (data such as error messages or names, as the program or the source prints them), not passages missed.`,
        related: rest.map(({ left, right }) => ({ left, right })),
      });
    }
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

/**
 * What a paired unit says about translation: `same` (prose left as it is), `translated`, `altered` (the same words
 * with a label translated: `**TL;DR:**` before an English sentence) or `neither` (too short to tell: names, labels).
 */
type UnitState = 'same' | 'translated' | 'altered' | 'neither';

function stateOf({ left, right }: PairedUnit): UnitState {
  if (left.features.length < minCaselessLetters || right.features.length < minCaselessLetters) return 'neither';
  const normalA = normalize(left.prose);
  if (normalA.length < minCaselessLetters) return 'neither';
  const normalB = normalize(right.prose);
  if (normalA !== normalB) return mostlyOtherWords(normalA, normalB) ? 'translated' : 'altered';
  return isProse(left.prose, normalA) ? 'same' : 'neither';
}

/** Fewer than half of the left's words (of three letters or more) occur on the right. */
function mostlyOtherWords(normalA: string, normalB: string): boolean {
  const words = normalA.split(' ').filter((word) => word.length >= 3);
  if (words.length === 0) return true;
  const right = new Set(normalB.split(' '));
  return words.filter((word) => right.has(word)).length * 2 < words.length;
}

/**
 * Programs print their messages in English, whatever the documentation's language: a message quoted in a heading
 * (`I'm getting an error: "Target container is not a DOM element"`), a heading that opens as error messages do
 * (`Cannot use import statement…`, `Failed to…`, `Refused to execute inline script`) or that carries an error's label
 * (`TypeError: …`, `Suspense Exception: …`).
 */
function readsAsMessage(text: string): boolean {
  return quotedMessage.test(text) || messageOpening.test(text.trim()) || errorLabel.test(text);
}

const quotedMessage = /["“«„「][^"”»“」]*\s[^"”»“」]*\s[^"”»“」]*["”»“」]/u;
const messageOpening =
  /^(?:cannot|can't|can not|could not|couldn't|unable to|failed to|refused to|expected|unexpected|uncaught|unhandled|invalid|missing|not (?:found|defined|allowed|supported))\b/i;
const errorLabel = /\b\w*(?:Error|Exception|Warning)\s*:/;

/** Fewer list items than this prove no page-wide choice. */
const minKeptItems = 10;

/**
 * Passages the translator kept in the original while translating what is around them: a choice, not a passage missed
 * (which leaves its surroundings untranslated too). A heading that reads as a program's message, kept over a section
 * whose text is translated, is what readers see in their terminal and search for as written
 * (`### Cannot use import statement outside a module`); a heading that is only a title (`### Example: blocking the
 * event loop`) kept over a translated section is still a heading the translator missed. A page whose list items are all kept (ten or more, none translated) while its other text is
 * translated keeps its lists as data (an index of error messages, a list of events). Unit indexes of each.
 */
function keptByConvention(units: readonly PairedUnit[], states: readonly UnitState[]): { headings: Set<number>; lists: Set<number> } {
  const headings = new Set<number>();
  units.forEach((unit, k) => {
    if (states[k] !== 'same' || unit.left.kind !== 'heading' || !readsAsMessage(unit.left.prose)) return;
    let translated = false;
    let same = false;
    for (let j = k + 1; j < units.length && units[j]!.left.kind !== 'heading'; j++) {
      if (states[j] === 'translated') translated = true;
      else if (states[j] !== 'neither' && !keptOnPurpose(units[j]!.left, units[j]!.left.prose)) same = true;
    }
    if (translated && !same) headings.add(k);
  });
  // Items kept with a word changed (an older message) are kept too; one translated item is enough to show the lists were
  // meant to be translated.
  const items = units.flatMap((unit, k) => (unit.left.kind === 'listItem' ? [k] : []));
  const itemsKept = items.filter((k) => states[k] === 'same');
  const itemTranslated = items.some((k) => states[k] === 'translated');
  const translatedElsewhere = units.some((unit, k) => states[k] === 'translated' && unit.left.kind !== 'listItem');
  const lists = itemsKept.length >= minKeptItems && !itemTranslated && translatedElsewhere ? new Set(itemsKept) : new Set<number>();
  return { headings, lists };
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
