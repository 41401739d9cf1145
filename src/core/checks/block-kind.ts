/** Aligned blocks of different kinds (a list against a paragraph, a numbered list against a bulleted one). */
import { kindName } from '../vocabulary/kind-names.js';
import { withArticle } from '../vocabulary/phrasing.js';
import type { Block } from '../model/types.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const blockKind: Check = {
  id: 'block-kind',
  severity: 'warning',
  summary: 'Aligned blocks are of different kinds: a list against a paragraph, a numbered list against a bulleted one, a quote against a paragraph.',
  rationale:
    'Translators sometimes flatten a list into running text, turn a note into a plain paragraph, or lose a code fence so that code becomes prose. The text may be complete, but the page no longer renders the same: steps lose their numbers, code loses its formatting. Pseudo-bullets (`–`, `•`) read as the list they were meant to be and are reported by bullet-marker instead. A line of HTML tags alone is the same markup whether CommonMark reads it as an HTML block (`<br/>`) or as a paragraph (`<br/><br/>`: two tags on a line).',
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
      emit({
        message: `Block kinds differ: the left has ${withArticle(leftKind)} (line ${left.span.line}), the right ${withArticle(rightKind)} (line ${right.span.line}).`,
        left: left.span,
        right: right.span,
        row,
      });
    }
  },
};

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
