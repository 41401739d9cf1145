/**
 * Whether content the aligner left without a counterpart is certainly
 * missing, or may only have been paired wrongly. A block's language-neutral
 * tokens (link targets, inline code, images, heading ids, numbers of three
 * digits or more, the longer lines of a code block) survive translation. When
 * none of them occurs anywhere in the other document, the content is gone:
 * an error. When some of them occur elsewhere there, the content may have
 * moved or the pairing may be wrong: the finding says so and is a warning.
 * A block with no such token proves nothing either way: a warning.
 */
import { featureTokens } from '../align/score.js';
import type { Block, DocumentModel } from '../model/types.js';
import type { Side } from '../vocabulary/side.js';
import { inPageTargets } from './in-page-targets.js';
import type { CheckContext } from './types.js';

export interface Evidence {
  /** Distinctive tokens of the content, none of which the other document has: the content is missing for certain. */
  certain: boolean;
  /** Tokens of the content that the other document has elsewhere. */
  elsewhere: string[];
  /** The first of them in words (`a link to “/x”`), for the reviewer. */
  shown: string | null;
  /** How many distinctive tokens the content has. */
  tokens: number;
  /**
   * In-page links of the content that name nothing known on the other side (a translated anchor whose heading has
   * no counterpart): links all the same, but no proof either way.
   */
  unresolved: string[];
}

const tokenSets = new WeakMap<CheckContext, { left: Set<string>; right: Set<string> }>();

/** The evidence that `blocks` (one side's content with no counterpart) are missing from the other side. */
export function missingEvidence(blocks: readonly Block[], side: Side, context: CheckContext): Evidence {
  const unresolved: string[] = [];
  const tokens = new Set(blocks.flatMap((block) => distinctiveTokens(block, side, context, unresolved)));
  const everywhere = documentTokens(context, side === 'left' ? 'right' : 'left');
  const elsewhere = [...tokens].filter((token) => everywhere.has(token));
  // An identity (a footnote's label, an explicit heading id) the other side lacks settles it alone.
  const lostIdentity = [...tokens].some((token) => identity.test(token) && !everywhere.has(token));
  const shown = elsewhere.length > 0 ? describeToken(elsewhere[0]!, context) : null;
  return { certain: lostIdentity || (tokens.size > 0 && elsewhere.length === 0), elsewhere, shown, tokens: tokens.size, unresolved };
}

/**
 * A block's language-neutral tokens as compared across the pair (see in-page-targets.ts): an in-page link counts as
 * the heading pair it names, and one that names nothing known on the other side is no token (it is put in `unresolved`).
 */
export function neutralTokens(block: Block, side: Side, context: CheckContext, unresolved: string[] = []): string[] {
  const targets = inPageTargets(context);
  const other = context[side === 'left' ? 'right' : 'left'];
  const tokens: string[] = [];
  for (const token of featureTokens(block.features)) {
    if (!token.startsWith('L:#')) {
      tokens.push(token);
      continue;
    }
    const target = token.slice(2);
    // The same fragment written on both sides is the same target, whatever it names (kept as written on both sides).
    if (hasInPageLink(other, target)) tokens.push(token);
    else if (side === 'left' ? targets.resolvedLeft(target) : targets.resolvedRight(target))
      tokens.push(`L:${side === 'left' ? targets.left(target) : targets.right(target)}`);
    else unresolved.push(target);
  }
  return tokens;
}

/** `a link to “/x”`, `the code “npm i”`, … for a message. */
function describeToken(token: string, context: CheckContext): string {
  const value = token.slice(2);
  switch (token[0]) {
    case 'L': {
      const heading = headingKey.exec(value);
      if (heading) return `a link to the section “${context.left.blocks[Number(heading[1])]?.heading?.text ?? ''}”`;
      return `a link to “${value}”`;
    }
    case 'C':
      return `the code “${value}”`;
    case 'I':
      return `the image “${value}”`;
    case 'A':
      return `the id “${value}”`;
    case 'N':
      return `the number ${value.replaceAll('|', '.')}`;
    case 'F':
      return `the footnote [^${value}]`;
    default:
      return `the code line “${value}”`;
  }
}

/** What the evidence says, as the end of a finding's sentence. */
export function evidenceNote(evidence: Evidence, other: Side): string {
  if (evidence.certain) return `: none of its links, code or numbers occurs anywhere on the ${other}`;
  if (evidence.elsewhere.length > 0)
    return ` here, but ${evidence.shown!} occurs elsewhere on the ${other}: it may have moved, or the pairing around it may be wrong`;
  if (evidence.unresolved.length > 0)
    return ` (its only ${evidence.unresolved.length === 1 ? 'link is' : 'links are'} to ${evidence.unresolved.map((target) => `“${target}”`).join(', ')} on its own page, a translated anchor that proves nothing either way: the pairing around it may be wrong)`;
  return ' (it holds no link, code or number that would prove it missing: the pairing around it may be wrong)';
}

const identity = /^[AF]:/;
/** An in-page link as compared across the pair (in-page-targets.ts): the left heading's index. */
const headingKey = /^#heading-(\d+)$/;

function distinctiveTokens(block: Block, side: Side, context: CheckContext, unresolved?: string[]): string[] {
  // A number proves something only with three digits or more (`2024`, `8080`): small numbers recur everywhere.
  const tokens = neutralTokens(block, side, context, unresolved).filter(
    (token) => !token.startsWith('N:') || token.slice(2).replace(/\D/g, '').length >= 3,
  );
  if (block.code) for (const line of codeLines(block.code.value)) tokens.push(line);
  for (const node of block.nodes) if (node.type === 'footnoteDefinition') tokens.push(`F:${node.identifier}`);
  return tokens;
}

function documentTokens(context: CheckContext, side: Side): Set<string> {
  let sets = tokenSets.get(context);
  if (!sets) {
    sets = {
      left: new Set(context.left.blocks.flatMap((block) => distinctiveTokens(block, 'left', context))),
      right: new Set(context.right.blocks.flatMap((block) => distinctiveTokens(block, 'right', context))),
    };
    tokenSets.set(context, sets);
  }
  return sets[side];
}

const inPageLinkSets = new WeakMap<DocumentModel, Set<string>>();

function hasInPageLink(document: DocumentModel, target: string): boolean {
  let set = inPageLinkSets.get(document);
  if (!set) {
    set = new Set(document.blocks.flatMap((block) => block.features.links.map((link) => link.target).filter((url) => url.startsWith('#'))));
    inPageLinkSets.set(document, set);
  }
  return set.has(target);
}

const minCodeLine = 12;

/** The longer lines of a code block, white space folded: comments may be translated, code lines are not. */
function codeLines(code: string): string[] {
  const lines: string[] = [];
  for (const line of code.split(/\r\n?|\n/)) {
    const folded = line.replace(/\s+/g, ' ').trim();
    if (folded.length >= minCodeLine && !/^(?:\/\/|#|\/\*|\*|<!--|--)/.test(folded)) lines.push(`K:${folded}`);
  }
  return lines;
}
