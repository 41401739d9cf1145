/** Front matter that does not parse as YAML, or that CommonMark did not recognise as front matter. */
import type { DocumentModel, Span } from '../model/types.js';
import type { Check, Report } from './types.js';

export const frontmatterSyntax: Check = {
  id: 'frontmatter-syntax',
  severity: 'error',
  summary: 'Front matter does not parse as YAML, or a block meant as front matter is not recognised (not at the very start, or not fenced with `---`).',
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
  run(context, report) {
    checkSide(context.left, 'left', context.right, report);
    checkSide(context.right, 'right', context.left, report);
  },
};

function checkSide(document: DocumentModel, side: 'left' | 'right', other: DocumentModel, report: Report): void {
  const error = document.frontMatter?.error;
  if (error) {
    const span: Span = { line: error.line, column: error.column, endLine: error.line, endColumn: error.column, start: 0, end: 0 };
    report({
      message: `The ${side} front matter does not parse as YAML: ${error.message} (line ${error.line}, column ${error.column}).`,
      left: side === 'left' ? span : null,
      right: side === 'right' ? span : null,
      row: null,
    });
    return;
  }
  if (document.frontMatter) return;
  const misread = misreadFrontMatter(document);
  if (misread && other.frontMatter) {
    report({
      message: `The ${side} starts with ${misread.reason}, so it is not front matter and renders as text; the ${side === 'left' ? 'right' : 'left'} has front matter.`,
      left: side === 'left' ? misread.span : null,
      right: side === 'right' ? misread.span : null,
      row: null,
    });
  }
}

/** A `---` fenced block that CommonMark did not take as front matter. */
function misreadFrontMatter(document: DocumentModel): { reason: string; span: Span } | null {
  const first = document.blocks[0];
  if (!first) return null;
  const fence = /^(\s*\n)?(-{3,})[ \t]*\r?\n/.exec(document.text);
  if (!fence) return null;
  if (fence[1]) return { reason: 'a blank line before its `---` fence', span: first.span };
  if (fence[2]!.length > 3) return { reason: `a \`${fence[2]}\` fence (front matter needs exactly \`---\`)`, span: first.span };
  return { reason: 'a `---` fence that is never closed', span: first.span };
}
