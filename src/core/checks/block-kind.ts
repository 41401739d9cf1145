/** Aligned blocks of different kinds (a list against a paragraph, a numbered list against a bulleted one). */
import { featureTokens, multisetJaccard } from '../align/score.js';
import type { Block, DocumentModel } from '../model/types.js';
import { kindName } from '../vocabulary/kind-names.js';
import { withArticle } from '../vocabulary/phrasing.js';
import { matchedRows } from './rows.js';
import type { Check, CheckContext } from './types.js';

export const blockKind: Check = {
  id: 'block-kind',
  severity: 'warning',
  summary: 'Aligned blocks are of different kinds: a list against a paragraph, a numbered list against a bulleted one, a quote against a paragraph.',
  rationale:
    'Translators sometimes flatten a list into running text, turn a note into a plain paragraph, or lose a code fence so that code becomes prose. The text may be complete, but the page no longer renders the same: steps lose their numbers, code loses its formatting. Pseudo-bullets (`–`, `•`) read as the list they were meant to be and are reported by bullet-marker instead. A line of HTML tags alone is the same markup whether CommonMark reads it as an HTML block (`<br/>`) or as a paragraph (`<br/><br/>`: two tags on a line). A restyling that keeps the content (the same links and images, nearly the same code) is info and says so: a one-item list written as a paragraph (a single bullet orders nothing), a paragraph the translation sets off as a `>` quote, a `<Note>` box written as a quote. Judged on the corpus, a reviewer dismissed these. A quote that lost its `>`, or that swallowed the next paragraph (a line without `>` after it), stays a warning.',
  bad: {
    left: '## 手順\n\n1. リポジトリをクローンします。\n2. `npm install` を実行します。\n3. `npm start` でサーバーを起動します。\n',
    right: '## 步骤\n\n克隆仓库，运行 `npm install`，然后用 `npm start` 启动服务器。\n',
    note: 'The Chinese version turns the numbered steps into one paragraph.',
  },
  good: {
    left: '## 手順\n\n1. リポジトリをクローンします。\n2. `npm install` を実行します。\n3. `npm start` でサーバーを起動します。\n',
    right: '## 步骤\n\n1. 克隆仓库。\n2. 运行 `npm install`。\n3. 用 `npm start` 启动服务器。\n',
    note: 'Both sides use a numbered list.',
  },
  run(context, emit) {
    for (const { row, left, right } of matchedRows(context.rows)) {
      const leftKind = kindName(left);
      const rightKind = kindName(right);
      // Two components or two directive boxes of different names are mdx-component's and directive-type's.
      if (leftKind === rightKind || (left.kind === right.kind && (left.kind === 'component' || left.kind === 'directive'))) continue;
      if (writtenAsHtml(left) && writtenAsHtml(right)) continue;
      const restyled = restyling(left, right, context);
      emit({
        message: `Block kinds differ: the left has ${withArticle(leftKind)} (line ${left.span.line}), the right ${withArticle(rightKind)} (line ${right.span.line})${restyled ? `. ${restyled}` : ''}.`,
        left: left.span,
        right: right.span,
        row,
        // Judged arguable (or right only as "the markup changed") on seeds 12–17: the page reads the same.
        severity: restyled ? 'info' : undefined,
      });
    }
  },
};

/**
 * Why a pair of different kinds is a faithful restyling, or null when the structure is lost. The same content (the
 * same links, code and numbers) in a form that carries the same role: a one-item list as a paragraph (a single bullet
 * orders and groups nothing), a paragraph set off as a block quote by the translation (emphasis added, nothing lost;
 * a box such as `<Note>` written as a `>` quote). Not the other way round: a quote that lost its `>` reads as running
 * text (a warning that is no longer set off, a citation that reads as the author's words), unless the other side
 * keeps it in a box; nor a quote that swallowed the next paragraph (a line without `>` right after it).
 */
function restyling(left: Block, right: Block, context: CheckContext): string | null {
  if (!sameTokens(left, right)) return null;
  if (oneItemList(left) && right.kind === 'paragraph')
    return 'The left’s list has one item, written as a paragraph on the right with the same content: a restyling, nothing lost';
  if (oneItemList(right) && left.kind === 'paragraph')
    return 'The right’s list has one item, the left’s paragraph with the same content under a bullet: a restyling, nothing lost';
  if (left.kind === 'paragraph' && plainQuote(right, context.right)) {
    const box = boxName(left, context.left);
    return box
      ? `The left’s paragraph is in a ${box} box, which the right writes as a block quote: the same content, set off another way`
      : 'The right sets the left’s paragraph off as a block quote, with the same content: a restyling, nothing lost';
  }
  if (right.kind === 'paragraph' && plainQuote(left, context.left)) {
    const box = boxName(right, context.right);
    if (box) return `The right’s paragraph is in a ${box} box where the left writes a block quote: the same content, set off another way`;
  }
  return null;
}

/**
 * The same content: the same links and images, and nearly the same code and numbers (three in four shared: a
 * translator adds a code span, `<input>` for “it”, or writes one less). Two blocks of different content (a stale
 * pairing) differ in more.
 */
function sameTokens(left: Block, right: Block): boolean {
  const a = featureTokens(left.features).sort();
  const b = featureTokens(right.features).sort();
  const targets = (tokens: string[]) => tokens.filter((token) => token.startsWith('L:') || token.startsWith('I:')).join('\n');
  if (targets(a) !== targets(b)) return false;
  return (a.length === 0 && b.length === 0) || multisetJaccard(a, b) >= 0.75;
}

function oneItemList(block: Block): boolean {
  const item = block.list?.items.length === 1 ? block.list.items[0]! : null;
  return item !== null && item.sublists.length === 0 && block.features.codeBlocks.length === 0;
}

/** A block quote of one paragraph whose every line carries its `>` (no following paragraph pulled in lazily). */
function plainQuote(block: Block, document: DocumentModel): boolean {
  const node = block.nodes[0];
  if (block.kind !== 'blockquote' || node?.type !== 'blockquote' || node.children.length !== 1 || node.children[0]!.type !== 'paragraph')
    return false;
  const lines = document.text.split(/\r\n?|\n/).slice(block.span.line - 1, block.span.endLine);
  return lines.every((line) => /^\s*>/.test(line));
}

/**
 * The box a paragraph is the content of, by name (`<Note>`, `:::tip`): the component or directive it is inside, or in a
 * file read as Markdown, a component's lone opening tag on the block before it.
 */
function boxName(block: Block, document: DocumentModel): string | null {
  const container = block.container === undefined ? undefined : document.blocks[block.container];
  if (container?.component) return `<${container.component.name ?? ''}>`;
  if (container?.directive) return `:::${container.directive.name}`;
  const before = document.blocks[block.index - 1];
  const tag = before?.kind === 'html' ? /^<([A-Z][\w.]*)(?:\s[^<>]*)?>$/.exec(before.features.text.trim() || rawHtml(before)) : null;
  return tag ? `<${tag[1]}>` : null;
}

function rawHtml(block: Block): string {
  const node = block.nodes[0];
  return node?.type === 'html' ? node.value.trim() : '';
}

/**
 * HTML, whether CommonMark reads it as an HTML block (one tag alone on its line: `<br/>`, `<p align="right">…`) or
 * as a paragraph of inline HTML (two tags on a line: `<br/><br/>`): the parser's distinction, not the author's.
 * Not model/markup-only.ts, which asks whether a block renders nothing; this asks only how it is written.
 */
function writtenAsHtml(block: Block): boolean {
  if (block.kind === 'html') return true;
  return (
    block.kind === 'paragraph' &&
    block.nodes.every(
      (node) =>
        node.type === 'paragraph' && node.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === '')),
    )
  );
}
