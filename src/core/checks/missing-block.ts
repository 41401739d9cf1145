/** A paragraph, list, code block, table or other block present on one side only. */
import { lineContext, splitLines } from '../fingerprint.js';
import { inLeakedFrontMatter } from '../model/front-matter-leak.js';
import { isMarkupOnly } from '../model/markup-only.js';
import type { Block, BlockKind } from '../model/types.js';
import { kindName } from '../vocabulary/kind-names.js';
import { plural, withArticle } from '../vocabulary/phrasing.js';
import { isRemovable, removableComponents } from './mdx-config.js';
import { type RowPair } from './rows.js';
import { outsideContainers, type OutsideContainer } from './outside-container.js';
import { joinSpans } from '../model/span.js';
import { evidenceNote, missingEvidence, neutralTokens } from './evidence.js';
import type { Check, CheckContext, EmitFinding, FindingInput, Severity } from './types.js';
import type { Side } from '../vocabulary/side.js';

/** Invisible or decorative blocks matter less than content. */
const kindSeverity: Partial<Record<BlockKind, Severity>> = {
  html: 'warning',
  thematicBreak: 'warning',
  definition: 'info',
};

export const missingBlock: Check = {
  id: 'missing-block',
  severity: 'error',
  summary: 'A paragraph, list, code block, table, image or quote is present on one side only.',
  rationale:
    'Dropped paragraphs are the most common silent loss in translation: the sections still match, the text reads well, and a whole passage is gone. Blocks are aligned inside aligned sections by kind, length relative to the document’s own length ratio, position and shared language-independent tokens, so a missing block does not shift the blocks after it. When a neighbouring pair explains the length (one paragraph split in two, or two merged), the finding says so and is a warning rather than an error; so is a block that was moved a few blocks up or down, reported once with both places. An error needs proof: a language-neutral token of the block (a link, HTML links and images included, code, an image, a number) that occurs nowhere on the right; an in-page link counts as the heading it names, and one whose heading has no counterpart proves nothing. Blocks only the right has (the translator’s own note, a link to the original, or content the source dropped since), and blocks whose tokens occur elsewhere, are warnings. A block with no token at all is info: nothing tells it missing from paired wrongly, and judged on the corpus such findings were right about half the time (stale translations with rewritten paragraphs, contributor cards in another section). A block without counterpart that has, in the same place on the other side, a block without counterpart of its own is reported once with both, as rewritten or translated from an older version (a warning: the content is not simply gone). A box, quote or component without counterpart whose content is aligned lost only its markup (`:::[…]` without its type is no directive): one warning. Blocks that fell out of the quote or list before them (a lost `>`, a continuation indented one space too few, an item that lost its marker) are one structural finding, not missing blocks. The same block missing again and again (a “back to top” link after every section) is one finding with every place, and info when the other side has it as often, only placed differently; a block of markup only (a `<br/>` spacer, a lone closing tag) is info.',
  bad: {
    left: '## Konfiguration\n\nDie Datei `config.json` liegt im Projektordner.\n\nSetzen Sie `port` auf 8080, bevor Sie den Server starten.\n\nDanach ist der Server unter localhost erreichbar.\n',
    right: '## Konfiguracja\n\nPlik `config.json` znajduje się w katalogu projektu.\n\nPo tym serwer jest dostępny pod adresem localhost.\n',
    note: 'The Polish version lacks the paragraph about `port` and 8080.',
  },
  good: {
    left: '## Konfiguration\n\nDie Datei `config.json` liegt im Projektordner.\n\nSetzen Sie `port` auf 8080, bevor Sie den Server starten.\n',
    right: '## Konfiguracja\n\nPlik `config.json` znajduje się w katalogu projektu.\n\nUstaw `port` na 8080 przed uruchomieniem serwera.\n',
    note: 'Every paragraph has its counterpart.',
  },
  run(context, reportFinding) {
    const pairs = context.rows;
    const removable = removableComponents(context);
    // The same block missing again and again (a "back to top" link after every section) is one omission.
    // Findings of a repeated block that is only placed differently: their repeats are not "missing".
    const placedDifferently = new WeakSet<FindingInput>();
    const emit = groupRepeats(context, reportFinding, placedDifferently);
    // Blocks that fell out of the quote or list before them: one structural finding for the run, not a missing block each.
    const fallen = new Map<number, OutsideContainer>();
    for (const run of outsideContainers(pairs)) for (const row of run.rows) fallen.set(row, run);
    // Blocks with no counterpart and nothing else to explain them, reported after the walk: a left one and a right one
    // in the same place are one finding (see replacedPairs).
    const unexplained: Unexplained[] = [];
    pairs.forEach((pair, k) => {
      const block = pair.left ?? pair.right;
      if (!block || (pair.left && pair.right) || block.heading || block.kind === 'frontmatter') return;
      const outside = fallen.get(k);
      if (outside) {
        if (outside.rows[0] === k) emit(outsideFinding(outside, pairs));
        return;
      }
      // Blocks of a section that is missing as a whole are covered by missing-section.
      if (sectionMissing(pairs, k, pair.left ? 'left' : 'right')) return;
      const side = pair.left ? 'left' : 'right';
      const other = pair.left ? 'right' : 'left';
      // Keys of front matter closed early by a `---` inside it render as text: frontmatter-syntax's finding.
      if (inLeakedFrontMatter(context[side], block.span.line, block.span.endLine)) return;
      const movedTo = context.alignment.rows[pair.row]!.movedTo;
      if (movedTo !== undefined) {
        // Reported once, at the earlier of the two rows.
        if (movedTo < pair.row) return;
        const counterpart = pairs[movedTo]![other]!;
        const where = (b: Block) => (b.span.line === b.span.endLine ? `line ${b.span.line}` : `lines ${b.span.line}–${b.span.endLine}`);
        emit({
          message: `The ${side} ${kindName(block)} at ${where(block)} was moved: the ${other} has it at ${where(counterpart)}, ${movedTo > pair.row ? 'further down' : 'further up'}.`,
          left: side === 'left' ? block.span : counterpart.span,
          right: side === 'right' ? block.span : counterpart.span,
          row: pair.row,
          severity: 'warning',
        });
        return;
      }
      // Components and imports are mdx-component's and mdx-import's; content that translators may remove is no loss;
      // content of a component or box missing as a whole is covered by that one finding.
      if (block.kind === 'component' || block.kind === 'esm' || isRemovable(block, context[side].blocks, removable)) return;
      if (containerMissing(context, side, block)) return;
      const joinedTo = context.alignment.rows[pair.row]!.joinedTo;
      const split = joinedTo === undefined ? null : pairs[joinedTo]![other];
      const what = kindName(block);
      const lines = block.span.line === block.span.endLine ? `line ${block.span.line}` : `lines ${block.span.line}–${block.span.endLine}`;
      if (split) {
        emit({
          message: `The ${side} ${what} at ${lines} has no counterpart of its own on the ${other}: it reads as part of the ${other} ${kindName(split)} at line ${split.span.line} (${plural(2, what)} split or merged).`,
          left: pair.left ? block.span : null,
          right: pair.right ? block.span : null,
          row: pair.row,
          severity: 'warning',
        });
        return;
      }
      if (isMarkupOnly(block)) {
        emit({
          message: `The ${side} ${what} at ${lines} has no counterpart on the ${other}; it holds only markup (tags, no text), so a reader loses nothing.`,
          left: pair.left ? block.span : null,
          right: pair.right ? block.span : null,
          row: pair.row,
          severity: 'info',
        });
        return;
      }
      const copies = repeatedCopies(block, side, context);
      if (copies) {
        const input: FindingInput = {
          message: `The ${side} ${what} at ${lines} has no counterpart at its place on the ${other}, but the ${other} has the same ${what} (${copies.what}) ${copies.other === 1 ? 'once' : `${copies.other} times`} where the ${side} has it ${copies.own} times: a block repeated through the page and placed differently, nothing is lost.`,
          left: pair.left ? block.span : null,
          right: pair.right ? block.span : null,
          row: pair.row,
          severity: 'info',
        };
        placedDifferently.add(input);
        emit(input);
        return;
      }
      const kept = keptContents(context, side, block);
      if (kept) {
        emit({
          message: `The ${side} ${what} at ${lines} has no counterpart on the ${other}, but ${kept.aligned} of the ${kept.total} blocks inside it are aligned with the ${other}’s (from line ${kept.from}): the content is there, outside any ${what}. The ${other}’s markup for it is broken or was dropped.`,
          left: pair.left ? block.span : null,
          right: pair.right ? block.span : null,
          row: pair.row,
          severity: 'warning',
        });
        return;
      }
      unexplained.push({ k, block, side, what, lines });
    });
    const replaced = replacedPairs(pairs, unexplained);
    for (const { k, block, side, what, lines } of unexplained) {
      const pair = pairs[k]!;
      const other = side === 'left' ? 'right' : 'left';
      const counterpart = replaced.get(k);
      if (counterpart !== undefined) {
        // Reported once, at the left block.
        if (side === 'right') continue;
        const theirs = pairs[counterpart]!.right!;
        const at = theirs.span.line === theirs.span.endLine ? `line ${theirs.span.line}` : `lines ${theirs.span.line}–${theirs.span.endLine}`;
        emit({
          message: `The left ${what} at ${lines} has no counterpart on the right, and the right has ${withArticle(kindName(theirs))} at ${at} in its place that matches nothing on the left: rewritten, or translated from an older version of the source. Compare the two.`,
          left: block.span,
          right: theirs.span,
          row: pair.row,
          severity: 'warning',
        });
        continue;
      }
      const evidence = missingEvidence([block], side, context);
      // Without a language-neutral token, nothing tells a missing block from one the aligner failed to pair (a stale
      // translation's rewritten paragraph, a card in another committee): judged on the corpus, such findings were
      // right about half the time, so they are info.
      const unproven = evidence.tokens === 0;
      emit({
        message: `The ${side} ${what} at ${lines} has no counterpart on the ${other}${evidenceNote(evidence, other)}${unproven ? '; without proof, this is info' : ''}.`,
        left: pair.left ? block.span : null,
        right: pair.right ? block.span : null,
        row: pair.row,
        // An error only when it is certainly gone from the right; otherwise it may have moved or been paired wrongly.
        // Content only the right has may be the translator's own (a note, a link to the original): never an error.
        severity: unproven ? 'info' : (kindSeverity[block.kind] ?? (evidence.certain && side === 'left' ? undefined : 'warning')),
      });
    }
    emit.flush();
  },
};

/** A one-sided block that no other finding explains (moved, split, fallen out of a container, markup, repeats). */
interface Unexplained {
  /** Index in the row pairs. */
  k: number;
  block: Block;
  side: Side;
  what: string;
  lines: string;
}

/**
 * Unexplained blocks in the same place: between the same two paired rows, within a section, the i-th left one with
 * the i-th right one. Both directions are in the map (index → the other's index).
 */
function replacedPairs(pairs: readonly RowPair[], unexplained: readonly Unexplained[]): Map<number, number> {
  // The place of a row: how many paired rows and headings come before it. Paired wrappers (components such as the `<p>`
  // around a type signature, markup only) do not separate places: a translation may put its line on either side of them.
  const place = new Array<number>(pairs.length);
  let count = 0;
  pairs.forEach((pair, k) => {
    const wrapper = (block: Block) => block.kind === 'component' || isMarkupOnly(block);
    const paired = pair.left && pair.right && !(wrapper(pair.left) && wrapper(pair.right));
    if (paired || pair.left?.heading || pair.right?.heading) count++;
    place[k] = count;
  });
  const replaced = new Map<number, number>();
  let left: number[] = [];
  let right: number[] = [];
  let current = -1;
  const close = () => {
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      replaced.set(left[i]!, right[i]!);
      replaced.set(right[i]!, left[i]!);
    }
    left = [];
    right = [];
  };
  for (const { k, side } of unexplained) {
    if (place[k] !== current) {
      close();
      current = place[k]!;
    }
    (side === 'left' ? left : right).push(k);
  }
  close();
  return replaced;
}

function outsideFinding(outside: OutsideContainer, pairs: readonly RowPair[]): FindingInput {
  const { side, shortened, container } = outside;
  const other = side === 'left' ? 'right' : 'left';
  const blocks = outside.rows.map((row) => pairs[row]![side]!);
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const where = (a: Block, b: Block) => (a.span.line === b.span.endLine ? `line ${a.span.line}` : `lines ${a.span.line}–${b.span.endLine}`);
  const names = blocks.map((block) => kindName(block));
  const kinds = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  const what = `${kinds} at ${where(first, last)}`;
  const verb = blocks.length === 1 ? 'stands' : 'stand';
  const split = outside.rows[0]! < outside.row;
  const cause =
    container.kind === 'blockquote' && !split
      ? 'its lines lost their `>`, so it renders outside the quote'
      : 'a list item lost its marker, or a continuation its indent, which ends the list there';
  const placement = split
    ? `apart from the ${kindName(shortened)} after it (line ${shortened.span.line})`
    : `outside the ${kindName(shortened)} before it (line ${shortened.span.line})`;
  const span = joinSpans(first.span, last.span);
  return {
    message: `The ${side} ${what} ${verb} ${placement}, where the ${other} has the same content as one ${kindName(container)} at ${where(container, container)}: ${cause}.`,
    left: side === 'left' ? span : container.span,
    right: side === 'right' ? span : container.span,
    row: outside.rows[0]!,
    severity: 'warning',
  };
}

interface Copies {
  own: number;
  other: number;
  /** Its tokens in words, for the message. */
  what: string;
}

const copyKeys = new WeakMap<CheckContext, { left: string[]; right: string[] }>();

/**
 * A block repeated through the page (a "back to top" link after every section, a badge row) that the other side
 * has as often, by its kind and its language-neutral tokens (an in-page link counts as the heading it names, or as
 * the fragment the aligned copies pair it with): each copy has a counterpart somewhere, only not at this place.
 * Null for a block seen once on each side (that is a move or a misalignment, with its own finding) and for a block
 * with no link or image (nothing language-neutral says two such blocks are the same).
 */
function repeatedCopies(block: Block, side: Side, context: CheckContext): Copies | null {
  if (block.features.links.length === 0 && block.features.images.length === 0) return null;
  let keys = copyKeys.get(context);
  if (!keys) {
    const keyOf = (b: Block, s: Side) => {
      const tokens = neutralTokens(b, s, context);
      return tokens.some((token) => token.startsWith('L:') || token.startsWith('I:')) ? `${b.kind}\u0000${tokens.sort().join('\u0000')}` : '';
    };
    keys = { left: context.left.blocks.map((b) => keyOf(b, 'left')), right: context.right.blocks.map((b) => keyOf(b, 'right')) };
    copyKeys.set(context, keys);
  }
  const key = keys[side][block.index]!;
  if (key === '') return null;
  const own = keys[side].filter((k) => k === key).length;
  const otherSide = side === 'left' ? 'right' : 'left';
  const other = keys[otherSide].filter((k) => k === key).length;
  if (own < 2 || other < own) return null;
  // Quoted as each side writes it (a translated anchor differs).
  const twin = context[otherSide].blocks[keys[otherSide].indexOf(key)]!;
  const describe = (b: Block) => {
    const link = b.features.links[0];
    return link ? `“${link.url}”` : `“${b.features.images[0]!.url}”`;
  };
  const [mine, theirs] = [describe(block), describe(twin)];
  const more = block.features.links.length + block.features.images.length > 1 ? ' and more' : '';
  const what = `${block.features.links.length > 0 ? 'a link to' : 'the image'} ${mine}${theirs === mine ? '' : `, ${theirs} on the ${otherSide}`}${more}`;
  return { own, other, what };
}

/** True when the block's own section heading has no counterpart either. */
export function sectionMissing(pairs: readonly RowPair[], k: number, side: Side): boolean {
  for (let x = k - 1; x >= 0; x--) {
    const own = pairs[x]![side];
    if (own?.heading) return pairs[x]![side === 'left' ? 'right' : 'left'] === null;
  }
  return false;
}

/** True when a component or directive box that holds the block (at any depth) has no counterpart. */
/** Per document: each container's blocks, and the blocks aligned with the other side (built once, on first use). */
const containment = new WeakMap<CheckContext, Record<Side, { children: Map<number, Block[]>; rowOf: Map<number, number> }>>();

/**
 * A container (a `:::tip` box, a quote, a component) without counterpart whose blocks are, at least half of them,
 * aligned with the other side: the other side kept the content and lost the box (`:::[Verificar…]` without its type is
 * no directive). Null when the container is empty or its content is missing too.
 */
function keptContents(context: CheckContext, side: Side, block: Block): { aligned: number; total: number; from: number } | null {
  let sides = containment.get(context);
  if (!sides) {
    const build = (which: Side) => {
      const children = new Map<number, Block[]>();
      for (const child of context[which].blocks) {
        if (child.container === undefined) continue;
        const list = children.get(child.container);
        if (list) list.push(child);
        else children.set(child.container, [child]);
      }
      // Aligned blocks of this side, with their row.
      const rowOf = new Map<number, number>();
      context.alignment.rows.forEach((row, index) => {
        if (row.left !== null && row.right !== null) rowOf.set(row[which]!, index);
      });
      return { children, rowOf };
    };
    sides = { left: build('left'), right: build('right') };
    containment.set(context, sides);
  }
  const { children, rowOf } = sides[side];
  const contents = children.get(block.index) ?? [];
  const kept = contents.filter((child) => rowOf.has(child.index));
  if (contents.length === 0 || kept.length * 2 < contents.length) return null;
  const other = side === 'left' ? 'right' : 'left';
  const row = context.alignment.rows[rowOf.get(kept[0]!.index)!]!;
  return { aligned: kept.length, total: contents.length, from: context[other].blocks[row[other]!]!.span.line };
}

export function containerMissing(context: CheckContext, side: Side, block: Block): boolean {
  const other = side === 'left' ? 'right' : 'left';
  for (let index = block.container; index !== undefined; index = context[side].blocks[index]!.container) {
    const row = context.alignment.rows.find((candidate) => candidate[side] === index);
    if (row && row[other] === null) return true;
  }
  return false;
}

/**
 * An emitter that holds back one-sided findings and sends each group of
 * identical blocks (same side, same text, same severity) as one finding at the
 * first block, with the repeats as related places. Everything else passes
 * through unchanged; the groups are sent when the check ends (call `flush`).
 */
function groupRepeats(context: CheckContext, emit: EmitFinding, placedDifferently: WeakSet<FindingInput>): EmitFinding & { flush(): void } {
  const lines = { left: splitLines(context.left.text), right: splitLines(context.right.text) };
  const groups = new Map<string, FindingInput[]>();
  const order: string[] = [];
  const hold: EmitFinding = (input) => {
    const side = input.left ? (input.right ? null : 'left') : 'right';
    const span = side ? input[side] : null;
    if (!side || !span || span.endLine - span.line > 20) {
      emit(input);
      return;
    }
    const key = `${side}\u0000${input.severity ?? ''}\u0000${lineContext(lines[side], span.line, span.endLine)}`;
    const group = groups.get(key);
    if (group) group.push(input);
    else {
      groups.set(key, [input]);
      order.push(key);
    }
  };
  return Object.assign(hold, {
    flush() {
      for (const key of order) {
        const [first, ...repeats] = groups.get(key)!;
        if (repeats.length === 0) {
          emit(first!);
          continue;
        }
        const starts = [first!, ...repeats].map((input) => (input.left ?? input.right)!.line);
        const shown = starts.length > 6 ? `${starts.slice(0, 5).join(', ')}, … ${starts[starts.length - 1]}` : starts.join(', ');
        emit({
          ...first!,
          message: `${first!.message} ${placedDifferently.has(first!) ? 'The same holds' : 'The same block is missing'} ${starts.length} times in all (lines ${shown}).`,
          related: repeats.map((input) => ({ left: input.left, right: input.right })),
        });
      }
    },
  });
}
