/** A heading written so that CommonMark does not see it (`##Title`), or written in another form than its counterpart. */
import { quote, withArticle } from '../vocabulary/phrasing.js';
import type { Block, HeadingForm } from '../model/types.js';
import type { Check } from './types.js';

export const headingFormat: Check = {
  id: 'heading-format',
  severity: 'warning',
  independentOfPairing: true,
  summary: 'A heading is written without a space after its hashes (`##Title`, a paragraph to CommonMark), or in setext form against ATX.',
  rationale:
    'CommonMark requires a space after the opening hashes: `##Title` renders as a paragraph that starts with two hash signs, the section disappears from the outline, and its anchor link breaks. Translation tools and hand edits produce this often. mdparity reads such a line as the heading it was meant to be, so the sections still align, and reports the form. A setext heading (`Title` underlined with `---`) against an ATX one renders the same and is reported as info.',
  bad: {
    left: '## Highlights\n\nDas Wichtigste in Kürze.\n',
    right: '##Hápunktar\n\nÞað mikilvægasta í stuttu máli.\n',
    note: 'The Icelandic heading has no space after `##`.',
  },
  good: {
    left: '## Highlights\n\nDas Wichtigste in Kürze.\n',
    right: '## Hápunktar\n\nÞað mikilvægasta í stuttu máli.\n',
    note: 'Both headings are ATX headings with a space.',
  },
  run(context, emit) {
    for (const { row, left, right } of context.rows) {
      const broken = (block: Block | null) => block?.heading?.form === 'atx-no-space';
      if (broken(left) || broken(right)) {
        const both = broken(left) && broken(right);
        const describe = (block: Block | null, side: string) =>
          !block
            ? `the ${side} has no counterpart`
            : broken(block)
              ? `the ${side} writes ${quote(sourceLine(block, side === 'left' ? context.left.text : context.right.text))} with no space after the hashes, which CommonMark reads as a paragraph`
              : `the ${side} has a proper heading ${quote(block.heading!.text)}`;
        emit({
          message: `Heading without a space after the hashes: ${describe(left, 'left')}; ${describe(right, 'right')}.`,
          left: left?.span ?? null,
          right: right?.span ?? null,
          row,
          severity: both ? 'info' : undefined,
        });
        continue;
      }
      if (left?.heading && right?.heading && left.heading.form !== right.heading.form) {
        emit({
          message: `Heading forms differ: the left is ${withArticle(formName(left.heading.form))}, the right ${withArticle(formName(right.heading.form))} (they render alike).`,
          left: left.span,
          right: right.span,
          row,
          severity: 'info',
        });
      }
    }
  },
};

function formName(form: HeadingForm): string {
  switch (form) {
    case 'setext':
      return 'setext heading (underlined)';
    case 'atx':
      return 'ATX heading (`#`)';
    case 'html':
      return 'HTML heading (`<h1>`)';
    case 'atx-no-space':
      return 'heading without a space after its hashes';
  }
}

function sourceLine(block: Block, text: string): string {
  return text.slice(block.span.start, block.span.end).split(/\r?\n|\r/)[0]!;
}
