/** A side that does not compile as MDX: the translated site would fail to build. */
import type { DocumentModel, Span } from '../model/types.js';
import type { Check, CheckContext, EmitFinding } from './types.js';
import type { Side } from '../vocabulary/side.js';

export const mdxSyntax: Check = {
  id: 'mdx-syntax',
  severity: 'error',
  independentOfPairing: true,
  summary: 'A file that should be MDX does not compile as MDX (an unclosed tag, a stray `{`, a broken `import`), while the other side does.',
  rationale:
    'MDX is strict where Markdown forgives: an unclosed `<TabItem>`, a `{` left in translated prose or a quote that closes a prop early stops the site build, and every page of the locale with it. Translators break JSX and expressions more often than anything else, because the text looks like prose. The finding gives MDX’s own message and the line and column where it stopped; the file is then read as Markdown so the rest of the comparison still runs. When both sides fail the same way, the defect is shared and reported as info; a source that fails while its translation compiles is a warning.',
  bad: {
    left: "import { Steps } from '@astrojs/starlight/components';\n\n## Installation\n\n<Steps>\n\n1. Run `npm create astro@latest`.\n\n</Steps>\n",
    right: "import { Steps } from '@astrojs/starlight/components';\n\n## Installation\n\n<Steps>\n\n1. Lancez `npm create astro@latest`.\n",
    note: 'The French translation lost the closing `</Steps>`: the page no longer compiles.',
    extension: 'mdx',
  },
  good: {
    left: "import { Steps } from '@astrojs/starlight/components';\n\n## Installation\n\n<Steps>\n\n1. Run `npm create astro@latest`.\n\n</Steps>\n",
    right:
      "import { Steps } from '@astrojs/starlight/components';\n\n## Installation\n\n<Steps>\n\n1. Lancez `npm create astro@latest`.\n\n</Steps>\n",
    note: 'Both sides compile.',
    extension: 'mdx',
  },
  run(context, report) {
    checkSide(context, 'left', report);
    checkSide(context, 'right', report);
  },
};

function checkSide(context: CheckContext, side: Side, report: EmitFinding): void {
  const document: DocumentModel = context[side];
  const error = document.mdxError;
  if (!error) return;
  const otherSide = side === 'left' ? 'right' : 'left';
  const other = context[otherSide];
  const span: Span = { line: error.line, column: error.column, endLine: error.line, endColumn: error.column + 1, start: 0, end: 0 };
  const where = `line ${error.line}, column ${error.column}`;
  let message: string;
  let severity: 'info' | 'warning' | undefined;
  if (other.mdxError) {
    message = `The ${side} does not compile as MDX: ${error.message} (${where}); neither does the ${otherSide}. Both were read as Markdown.`;
    severity = 'info';
  } else if (side === 'left') {
    message = `The left (the source) does not compile as MDX: ${error.message} (${where}); the right does. The left was read as Markdown.`;
    severity = 'warning';
  } else {
    message = `The right does not compile as MDX: ${error.message} (${where}); the left does. The translated page would fail to build; it was read as Markdown.`;
    // A flavor guessed from the text alone (no file name, no setting) is weaker evidence than `.mdx`.
    severity = document.syntax.detectedBy === 'content' ? 'warning' : undefined;
  }
  report({ message, left: side === 'left' ? span : null, right: side === 'right' ? span : null, row: null, severity });
}
