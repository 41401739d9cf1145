/** Front matter that does not parse (as YAML, or TOML between `+++`), or that CommonMark did not recognise as front matter. */
import { frontMatterClosedEarly } from '../model/front-matter-leak.js';
import type { Span } from '../model/types.js';
import { frontMatterRow } from './rows.js';
import type { Check, CheckContext, EmitFinding } from './types.js';
import type { Side } from '../vocabulary/side.js';

export const frontmatterSyntax: Check = {
  id: 'frontmatter-syntax',
  severity: 'error',
  independentOfPairing: true,
  summary:
    'Front matter does not parse (as YAML, or as TOML between `+++` fences), or a block meant as front matter is not recognised (not at the very start, or not fenced with `---`).',
  rationale:
    'A site generator that cannot parse a page’s front matter fails the build or publishes the page without its title and metadata. Translators break YAML easily: an unquoted colon in a translated title, a tab, an unclosed quote. The finding gives the file’s own line and column; the comparison of the rest of the document goes on. Front matter after a blank line, or with no closing fence, is not front matter to CommonMark: it renders as a heading or a rule and text, so it is reported too.',
  bad: {
    left: '---\ntitle: Guide\ndescription: How it works\n---\n\n# Guide\n',
    right: '---\ntitle: Guía: cómo funciona\ndescription: "Cómo funciona\n---\n\n# Guía\n',
    note: 'The Spanish description opens a quote it never closes.',
  },
  good: {
    left: '---\ntitle: Guide\ndescription: How it works\n---\n\n# Guide\n',
    right: '---\ntitle: "Guía: cómo funciona"\ndescription: Cómo funciona\n---\n\n# Guía\n',
    note: 'A colon inside a title is quoted.',
  },
  run(context, emit) {
    checkSide(context, 'left', emit);
    checkSide(context, 'right', emit);
  },
};

function checkSide(context: CheckContext, side: Side, emit: EmitFinding): void {
  const document = context[side];
  const other = context[side === 'left' ? 'right' : 'left'];
  const frontMatter = document.frontMatter;
  if (!frontMatter) return;
  if (frontMatter.problem) {
    // The same misreading on both sides did not drift: info.
    const shared = other.frontMatter?.problem === frontMatter.problem;
    emit({
      message: `The ${side} front matter is not recognised: it has ${frontMatter.problem}, so CommonMark renders it as a rule and text${shared ? ' (so does the other side)' : ''}.`,
      left: side === 'left' ? frontMatter.block.span : null,
      right: side === 'right' ? frontMatter.block.span : null,
      row: frontMatterRow(context.rows),
      severity: shared ? 'info' : undefined,
    });
  }
  const early = frontMatterClosedEarly(document);
  if (early) {
    emit({
      message: `The ${side} front matter has a \`---\` line inside it (line ${early.fence}): it closes the front matter there, so ${early.keys === 1 ? 'the key' : `the ${early.keys} keys`} after it (from line ${early.from}) ${early.keys === 1 ? 'renders' : 'render'} as text on the page instead of being front matter.`,
      left: side === 'left' ? { ...frontMatter.block.span, line: early.fence, column: 1, endLine: early.end, endColumn: 4 } : null,
      right: side === 'right' ? { ...frontMatter.block.span, line: early.fence, column: 1, endLine: early.end, endColumn: 4 } : null,
      row: frontMatterRow(context.rows),
    });
  }
  const error = frontMatter.error;
  if (error) {
    const span: Span = { line: error.line, column: error.column, endLine: error.line, endColumn: error.column, start: 0, end: 0 };
    emit({
      message: `The ${side} front matter does not parse as ${frontMatter.format === 'toml' ? 'TOML' : 'YAML'}: ${error.message} (line ${error.line}, column ${error.column}).`,
      left: side === 'left' ? span : null,
      right: side === 'right' ? span : null,
      row: null,
    });
  }
}
