/**
 * Whether content the aligner left without a counterpart is certainly
 * missing, or may only have been paired wrongly. A block's language-neutral
 * tokens (link targets, inline code, images, heading ids, numbers of three
 * digits or more, the longer lines of a code block) survive translation. When
 * none of them occurs anywhere in the other document, the content is gone:
 * an error. When some of them occur elsewhere there, the content may have
 * moved or the pairing may be wrong: the finding says so and is a warning.
 * So does a link the other document has to the same page on another host of
 * the same site (`blog.` against `jsblog.`): weak, but enough to doubt
 * "certainly gone". A block with no such token proves nothing either way: a
 * warning.
 */
import { featureTokens } from '../align/score.js';
import type { Block, DocumentModel } from '../model/types.js';
import { siblingHostPage } from '../model/url.js';
import { kindName } from '../vocabulary/kind-names.js';
import { withArticle } from '../vocabulary/phrasing.js';
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
  /** The other document's first block holding that token: where the content may have gone. */
  foundIn: Block | null;
  /** How many distinctive tokens the content has. */
  tokens: number;
  /**
   * In-page links of the content that name nothing known on the other side (a translated anchor whose heading has
   * no counterpart): links all the same, but no proof either way.
   */
  unresolved: string[];
}

interface DocumentTokens {
  /** Each distinctive token of the document, with the first block that holds it. */
  blocks: Map<string, Block>;
  /** Each absolute link's page with its host's first label set aside (url.ts), with its link token and block. */
  siblingHosts: Map<string, { token: string; block: Block }>;
}

const tokenSets = new WeakMap<CheckContext, { left: DocumentTokens; right: DocumentTokens }>();

/** The evidence that `blocks` (one side's content with no counterpart) are missing from the other side. */
export function missingEvidence(blocks: readonly Block[], side: Side, context: CheckContext): Evidence {
  const unresolved: string[] = [];
  const tokens = new Set(blocks.flatMap((block) => distinctiveTokens(block, side, context, unresolved)));
  const everywhere = documentTokens(context, side === 'left' ? 'right' : 'left');
  const found = new Map<string, { block: Block; as: string | null }>();
  for (const token of tokens) {
    const block = everywhere.blocks.get(token);
    if (block) {
      found.set(token, { block, as: null });
      continue;
    }
    const key = token.startsWith('L:') ? siblingHostPage(token.slice(2)) : null;
    const sibling = key === null ? undefined : everywhere.siblingHosts.get(key);
    if (sibling) found.set(token, { block: sibling.block, as: sibling.token.slice(2) });
  }
  const elsewhere = [...found.keys()];
  // An identity (a footnote's label, an explicit heading id) the other side lacks settles it alone.
  const lostIdentity = [...tokens].some((token) => identity.test(token) && !everywhere.blocks.has(token));
  const first = elsewhere.length > 0 ? found.get(elsewhere[0]!)! : null;
  const shown = first
    ? `${describeToken(elsewhere[0]!, context)}${first.as === null ? '' : ` (as “${first.as}”, another host of the same site)`}`
    : null;
  return {
    certain: lostIdentity || (tokens.size > 0 && elsewhere.length === 0),
    elsewhere,
    shown,
    foundIn: first?.block ?? null,
    tokens: tokens.size,
    unresolved,
  };
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
    return ` here, but ${evidence.shown!} occurs elsewhere on the ${other} (${withArticle(kindName(evidence.foundIn!))} at line ${evidence.foundIn!.span.line}): it may have moved, or the pairing around it may be wrong`;
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

function documentTokens(context: CheckContext, side: Side): DocumentTokens {
  let sets = tokenSets.get(context);
  if (!sets) {
    sets = { left: tokensOf(context, 'left'), right: tokensOf(context, 'right') };
    tokenSets.set(context, sets);
  }
  return sets[side];
}

function tokensOf(context: CheckContext, side: Side): DocumentTokens {
  const blocks = new Map<string, Block>();
  const siblingHosts = new Map<string, { token: string; block: Block }>();
  for (const block of context[side].blocks)
    for (const token of distinctiveTokens(block, side, context)) {
      if (blocks.has(token)) continue;
      blocks.set(token, block);
      const key = token.startsWith('L:') ? siblingHostPage(token.slice(2)) : null;
      if (key !== null && !siblingHosts.has(key)) siblingHosts.set(key, { token, block });
    }
  return { blocks, siblingHosts };
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
