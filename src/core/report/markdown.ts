/**
 * The Markdown report, for a pull-request comment: a summary line, then one
 * table of findings per section. Built as mdast and serialised with
 * mdast-util-to-markdown and GFM tables, so document text (titles, file
 * names, messages) is escaped by construction: it is only ever a text or an
 * inline-code node, never markup. Control and bidi characters are shown as
 * `\u{…}`. Line links (`${baseUrl}/${path}#L${line}`) only when a safe
 * `baseUrl` is given.
 */
import type { PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { escapeControls } from './escape.js';
import type { Finding, Location, Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { baseName, countsLine, fileName, lineUrl, parityPercent, relatedLines, sectionLabel } from './writer-support.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value: escapeControls(value) });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: escapeControls(value) });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });

export function writeMarkdown(report: Report, options: WriterOptions = {}): string {
  const leftName = fileName(report.left, 'left');
  const rightName = fileName(report.right, 'right');
  const language = (tag: string | null): PhrasingContent[] => (tag ? [text(` (${tag})`)] : []);
  const { summary } = report;

  const children: RootContent[] = [
    {
      type: 'paragraph',
      children: [
        strong('mdparity'),
        text(`: ${countsLine(report)} · `),
        code(leftName),
        ...language(report.left.language),
        text(' ↔ '),
        code(rightName),
        ...language(report.right.language),
        text(
          ` · parity ${parityPercent(report)} · ${summary.rows} rows (${summary.paired} paired, ${summary.leftOnly} left only, ${summary.rightOnly} right only)`,
        ),
      ],
    },
  ];

  const bySection = new Map<number, Finding[]>();
  for (const finding of report.findings) {
    // Push into one list per section: copying the list for each finding was quadratic.
    const list = bySection.get(finding.section);
    if (list) list.push(finding);
    else bySection.set(finding.section, [finding]);
  }

  const location = (path: string | null, at: Location | null): PhrasingContent[] => {
    if (!at) return [text('—')];
    const label = `L${at.line}${at.endLine > at.line ? `–${at.endLine}` : ''}`;
    const url = lineUrl(options.baseUrl, path, at.line);
    return [url ? { type: 'link', url, children: [text(label)] } : text(label)];
  };

  for (const [section, findings] of [...bySection].sort((a, b) => a[0] - b[0])) {
    children.push({ type: 'heading', depth: 3, children: [text(sectionLabel(report.sections[section]))] });
    children.push({
      type: 'table',
      align: [null, null, null, null, null],
      children: [
        row([
          [text('Severity')],
          [text('Check')],
          [text('Left '), code(baseName(leftName))],
          [text('Right '), code(baseName(rightName))],
          [text('Message')],
        ]),
        ...findings.map((finding) =>
          row([
            [finding.severity === 'info' ? text('info') : strong(finding.severity)],
            [code(finding.check)],
            location(report.left.path, finding.left),
            location(report.right.path, finding.right),
            finding.decision
              ? [
                  text(withRelated(finding)),
                  text(' '),
                  emphasis(`(${finding.decision.status}${finding.decision.comment ? `: ${finding.decision.comment}` : ''})`),
                ]
              : [text(withRelated(finding))],
          ]),
        ),
      ],
    });
  }
  if (report.findings.length === 0) children.push({ type: 'paragraph', children: [text('No findings: the two versions line up.')] });

  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', emphasis: '_', strong: '*', rule: '-' });
}

/** The message, and the grouped finding's other places when it has some. */
function withRelated(finding: Finding): string {
  const also = relatedLines(finding);
  return also ? `${finding.message} ${also}` : finding.message;
}
