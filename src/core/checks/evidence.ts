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

export interface Evidence {
  /** Distinctive tokens of the content, none of which the other document has: the content is missing for certain. */
  certain: boolean;
  /** Tokens of the content that the other document has elsewhere (shown to the reviewer). */
  elsewhere: string[];
  /** How many distinctive tokens the content has. */
  tokens: number;
}

const tokenSets = new WeakMap<DocumentModel, Set<string>>();

/** The evidence that `blocks` (one side's content with no counterpart) are missing from `other`. */
export function missingEvidence(blocks: readonly Block[], other: DocumentModel): Evidence {
  const tokens = new Set(blocks.flatMap(distinctiveTokens));
  const everywhere = documentTokens(other);
  const elsewhere = [...tokens].filter((token) => everywhere.has(token));
  // An identity (a footnote's label, an explicit heading id) the other side lacks settles it alone.
  const lostIdentity = [...tokens].some((token) => identity.test(token) && !everywhere.has(token));
  return { certain: lostIdentity || (tokens.size > 0 && elsewhere.length === 0), elsewhere, tokens: tokens.size };
}

/** `a link to “/x”`, `the code “npm i”`, … for a message. */
function describeToken(token: string): string {
  const value = token.slice(2);
  switch (token[0]) {
    case 'L':
      return `a link to “${value}”`;
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
    return ` here, but ${describeToken(evidence.elsewhere[0]!)} occurs elsewhere on the ${other}: it may have moved, or the pairing around it may be wrong`;
  return ' (it holds no link, code or number that would prove it missing: the pairing around it may be wrong)';
}

const identity = /^[AF]:/;

function distinctiveTokens(block: Block): string[] {
  // A number proves something only with three digits or more (`2024`, `8080`): small numbers recur everywhere.
  const tokens = featureTokens(block.features).filter((token) => !token.startsWith('N:') || token.slice(2).replace(/\D/g, '').length >= 3);
  if (block.code) for (const line of codeLines(block.code.value)) tokens.push(line);
  for (const node of block.nodes) if (node.type === 'footnoteDefinition') tokens.push(`F:${node.identifier}`);
  return tokens;
}

function documentTokens(document: DocumentModel): Set<string> {
  let set = tokenSets.get(document);
  if (!set) {
    set = new Set(document.blocks.flatMap(distinctiveTokens));
    tokenSets.set(document, set);
  }
  return set;
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
