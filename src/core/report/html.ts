/**
 * The HTML report: one self-contained file (inline CSS, no script, no
 * network requests) with the summary, the findings table and the aligned
 * side-by-side view of both documents.
 *
 * Safety by construction: the page is built as hast, document text (source
 * lines, titles, file names, messages) only ever becomes text nodes or
 * attribute values, which hast-util-to-html escapes; the body then goes
 * through hast-util-sanitize with a strict schema (no script, no `on*`
 * attributes, only http(s) and in-page links) before it is serialised. A
 * Content-Security-Policy forbids scripts and every network request anyway.
 * Control, bidi and zero-width characters are shown as visible markers, and
 * every text cell is `dir="auto"` so right-to-left text lays out on its own.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { escapeControls, wellFormed } from './escape.js';
import type { Severity } from '../checks/types.js';
import { worstSeverity } from '../vocabulary/severity.js';
import { describeUncertainty, uncertainLabel } from '../vocabulary/uncertainty.js';
import type { AlignmentRow, Finding, Location, Report, RowSide } from './types.js';
import type { WriterOptions } from './writer-options.js';
import {
  checkMeta,
  countsLine,
  fileName,
  hiddenCharacter,
  lineUrl,
  parityPercent,
  plural,
  relatedLines,
  sectionLabel,
  sourceLines,
  type Side,
} from './writer-support.js';

export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

type Child = ElementContent | string | number | null | undefined | false | readonly Child[];

/** Builds an element; strings become text nodes with hidden characters marked up, string properties get controls escaped. */
function h(tagName: string, properties: Properties = {}, ...children: Child[]): Element {
  const props: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    props[key] = typeof value === 'string' ? escapeControls(value) : value;
  }
  return { type: 'element', tagName, properties: props, children: flatten(children) };
}

/**
 * Children flattened with an explicit stack, pushing one node at a time: a
 * spread of a large array into push() throws a RangeError (about 120,000
 * arguments), and recursion over nested arrays could overflow the stack.
 */
function flatten(children: readonly Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  const stack: Array<{ list: readonly Child[]; index: number }> = [{ list: children, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.list.length) {
      stack.pop();
      continue;
    }
    const child = top.list[top.index++];
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number') for (const node of textNodes(String(child))) out.push(node);
    else if (Array.isArray(child)) stack.push({ list: child as readonly Child[], index: 0 });
    else out.push(child as ElementContent);
  }
  return out;
}

/** Text as text nodes, each control, bidi or zero-width character replaced by a visible `U+XXXX` marker. */
function textNodes(value: string): ElementContent[] {
  const text = wellFormed(value);
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(hiddenCharacter)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['ctl'], title: `Invisible or control character ${code}` },
      children: [{ type: 'text', value: code }],
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** What the body may contain after sanitising: GitHub's schema plus layout elements and class names; no clobber prefix (ids are ours). */
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'header', 'main', 'footer', 'nav', 'colgroup', 'col'],
  attributes: { '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'], a: ['href'] },
  ancestors: { ...defaultSchema.ancestors, colgroup: ['table'], col: ['table'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

export function writeHtml(report: Report, options: WriterOptions = {}): string {
  const names = { left: fileName(report.left, 'left'), right: fileName(report.right, 'right') };
  const languages = { left: report.left.language ?? undefined, right: report.right.language ?? undefined };
  const lines = { left: sourceLines(options.leftText), right: sourceLines(options.rightText) };
  const { summary } = report;

  const excerpt = options.excerpt;
  const findingsByRow = new Map<number, Finding[]>();
  for (const finding of report.findings) {
    if (finding.row === null) continue;
    const list = findingsByRow.get(finding.row);
    if (list) list.push(finding);
    else findingsByRow.set(finding.row, [finding]);
  }

  const badge = (severity: Severity) => h('span', { className: ['sev', `sev-${severity}`] }, severity);
  const fileTitle = (side: Side) => [
    h('span', { className: ['file'], dir: 'auto' }, names[side]),
    languages[side] ? h('span', { className: ['lang'] }, languages[side]) : null,
  ];
  const where = (side: Side, finding: Finding) => {
    const at: Location | null = finding[side];
    if (!at) return h('span', { className: ['muted'] }, '—');
    const label = `${at.line}${at.endLine > at.line ? `–${at.endLine}` : ''}`;
    return finding.row === null ? h('span', { className: ['loc'] }, label) : h('a', { className: ['loc'], href: `#row-${finding.row}` }, label);
  };

  // Header and summary cards.
  const clean = Math.round(summary.parity * summary.rows);
  const header = h(
    'header',
    { className: ['masthead'] },
    h(
      'div',
      { className: ['wrap'] },
      h('p', { className: ['eyebrow'] }, 'mdparity · structural parity report'),
      h('h1', {}, fileTitle('left'), h('span', { className: ['arrow'] }, '↔'), fileTitle('right')),
      h(
        'p',
        { className: ['meta'] },
        `${countsLine(report)} · ${plural(summary.rows, 'aligned row')}${summary.uncertain > 0 ? ` (${summary.uncertain} ${uncertainLabel}s: not sure they are translations of each other)` : ''}`,
      ),
      summary.stale ? h('p', { className: ['stale'] }, summary.stale) : null,
    ),
  );
  const card = (kind: string, label: string, value: string, hint?: string, extra?: Child) =>
    h(
      'div',
      { className: ['card', `card-${kind}`] },
      h('div', { className: ['card-label'] }, label),
      h('div', { className: ['card-value'] }, value),
      extra,
      hint ? h('div', { className: ['card-hint'] }, hint) : null,
    );
  const cards = h(
    'section',
    { className: ['cards'] },
    card(
      'parity',
      'Parity',
      parityPercent(report),
      `${clean} of ${plural(summary.rows, 'row')} paired with no warning or error`,
      h('div', { className: ['bar'] }, h('div', { className: ['fill', `w${Math.round(summary.parity * 20) * 5}`] })),
    ),
    card(summary.error ? 'error' : 'zero', 'Errors', String(summary.error)),
    card(summary.warning ? 'warning' : 'zero', 'Warnings', String(summary.warning)),
    card(summary.info ? 'info' : 'zero', 'Info', String(summary.info)),
    card('rows', 'Rows', `${summary.paired} / ${summary.rows}`, `paired · ${summary.leftOnly} left only · ${summary.rightOnly} right only`),
  );

  // Findings table.
  const findingsSection = h(
    'section',
    { id: 'findings' },
    h('h2', {}, 'Findings ', h('span', { className: ['count'] }, String(report.findings.length))),
    report.findings.length === 0
      ? h('p', { className: ['empty'] }, 'No findings: the two versions line up.')
      : h(
          'table',
          { className: ['findings'] },
          h(
            'colgroup',
            {},
            ['c-sev', 'c-check', 'c-section', 'c-loc', 'c-loc', 'c-message'].map((name) => h('col', { className: [name] })),
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Severity'),
              h('th', { scope: 'col' }, 'Check'),
              h('th', { scope: 'col' }, 'Section'),
              h('th', { scope: 'col', title: names.left }, 'Left'),
              h('th', { scope: 'col', title: names.right }, 'Right'),
              h('th', { scope: 'col' }, 'Message'),
            ),
          ),
          h(
            'tbody',
            {},
            report.findings.map((finding) =>
              h(
                'tr',
                { className: [`sev-row-${finding.severity}`] },
                h('td', {}, badge(finding.severity)),
                h('td', {}, h('code', { title: checkMeta(finding.check)?.summary }, finding.check)),
                h('td', { dir: 'auto', className: ['section-title'] }, sectionLabel(report.sections[finding.section])),
                h('td', { className: ['num'] }, where('left', finding)),
                h('td', { className: ['num'] }, where('right', finding)),
                h(
                  'td',
                  { dir: 'auto', className: ['message'] },
                  finding.message,
                  relatedLines(finding) ? h('span', { className: ['related'] }, ` ${relatedLines(finding)}`) : '',
                  finding.decision
                    ? h(
                        'span',
                        { className: ['decision'] },
                        ` (${finding.decision.status}${finding.decision.comment ? `: ${finding.decision.comment}` : ''})`,
                      )
                    : '',
                ),
              ),
            ),
          ),
        ),
  );

  // Side-by-side view.
  const sideCell = (side: Side, block: RowSide | null, otherPresent: boolean, findings: readonly Finding[]) => {
    if (!block)
      return h(
        'td',
        { className: ['src', 'gap'], dir: 'auto' },
        h('span', { className: ['gap-label'] }, otherPresent ? `not in the ${side} version` : ''),
      );
    const source = lines[side];
    const last = Math.max(block.line, block.endLine);
    const shown = excerpt
      ? excerptLines(
          block.line,
          last,
          findings.map((finding) => finding[side]),
          excerpt.linesPerBlock,
        )
      : null;
    const numbers: number[] = [];
    for (let line = block.line; line <= last; line++) numbers.push(line);
    const lineDiv = (line: number) => {
      const url = lineUrl(options.baseUrl, report[side].path, line);
      return h(
        'div',
        { className: ['line'] },
        url ? h('a', { className: ['ln'], href: url }, String(line)) : h('span', { className: ['ln'] }, String(line)),
        h('span', { className: ['tx'], dir: 'auto' }, source![line - 1] ?? ''),
      );
    };
    const folded = (count: number) =>
      h('div', { className: ['line', 'fold'] }, h('span', { className: ['ln'] }, '…'), h('span', { className: ['tx'] }, plural(count, 'line')));
    return h(
      'td',
      { className: ['src', `kind-${block.kind}`], dir: 'auto', lang: languages[side] },
      source
        ? shown === null
          ? numbers.map(lineDiv)
          : shown.map((part) => (typeof part === 'number' ? lineDiv(part) : folded(part.count)))
        : h(
            'div',
            { className: ['line'] },
            h('span', { className: ['ln'] }, String(block.line)),
            h('span', { className: ['tx', 'muted'], dir: 'auto' }, `${block.kind}, ${plural(numbers.length, 'line')} (source not included)`),
          ),
    );
  };
  const alignmentRow = (row: AlignmentRow, index: number, previous: AlignmentRow | undefined) => {
    const findings = findingsByRow.get(index) ?? [];
    const worst = worstSeverity(findings.map((finding) => finding.severity));
    const state = row.left && row.right ? 'paired' : row.left ? 'left-only' : 'right-only';
    const kind = row.left && row.right && row.left.kind !== row.right.kind ? `${row.left.kind} / ${row.right.kind}` : (row.left ?? row.right)!.kind;
    const classes = ['row', state, worst ? `flag-${worst}` : null, previous && previous.section !== row.section ? 'section-start' : null].filter(
      (name): name is string => name !== null,
    );
    const rows: Element[] = [
      h(
        'tr',
        { id: `row-${index}`, className: classes },
        sideCell('left', row.left, row.right !== null, findings),
        h(
          'td',
          {
            className: ['match', row.left && row.right && (row.confidence < 0.5 || row.uncertain) ? 'weak' : null].filter(
              (name): name is string => name !== null,
            ),
            title: row.uncertain
              ? `Row ${index}: ${kind}, ${uncertainLabel} (${describeUncertainty(row.uncertain.reasons)}): these blocks may not be translations of each other`
              : `Row ${index}: ${kind}`,
          },
          h('span', { className: ['pct'] }, row.left && row.right ? `${Math.round(row.confidence * 100)}%` : '—'),
          h('span', { className: ['kind'] }, kind),
          row.left && row.right && row.uncertain ? h('span', { className: ['unsure'] }, uncertainLabel) : null,
        ),
        sideCell('right', row.right, row.left !== null, findings),
      ),
    ];
    if (findings.length > 0) {
      rows.push(
        h(
          'tr',
          { className: ['notes', `flag-${worst}`] },
          h(
            'td',
            { colSpan: 3 },
            h(
              'ul',
              {},
              findings.map((finding) =>
                h(
                  'li',
                  {},
                  badge(finding.severity),
                  ' ',
                  h('code', { title: checkMeta(finding.check)?.summary }, finding.check),
                  ' ',
                  h('span', { dir: 'auto' }, finding.message),
                ),
              ),
            ),
          ),
        ),
      );
    }
    return rows;
  };
  const sideBySide = h(
    'section',
    { id: 'side-by-side' },
    h('h2', {}, 'Side by side'),
    h(
      'table',
      { className: ['sbs'] },
      h('colgroup', {}, h('col', { className: ['c-side'] }), h('col', { className: ['c-match'] }), h('col', { className: ['c-side'] })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, fileTitle('left')),
          h('th', { scope: 'col', className: ['match'] }, 'Match'),
          h('th', { scope: 'col' }, fileTitle('right')),
        ),
      ),
      h(
        'tbody',
        {},
        shownRows(report.alignment.length, findingsByRow, excerpt?.contextRows).map((shown) =>
          typeof shown === 'number'
            ? alignmentRow(report.alignment[shown]!, shown, report.alignment[shown - 1])
            : foldedRows(report.alignment, shown),
        ),
      ),
    ),
  );

  const footer = h('footer', {}, `Generated by ${report.tool.name} ${report.tool.version} · report schema ${report.schemaVersion}`);

  const body = sanitize(
    { type: 'root', children: [header, h('main', { className: ['wrap'] }, cards, findingsSection, sideBySide), footer] },
    schema,
  ) as Root;

  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { lang: 'en' },
        h(
          'head',
          {},
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: ['Content-Security-Policy'], content: contentSecurityPolicy }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: `${report.tool.name} ${report.tool.version}` }),
          // The title is plain text (RCDATA): no markers, controls escaped.
          {
            type: 'element',
            tagName: 'title',
            properties: {},
            children: [{ type: 'text', value: escapeControls(`mdparity: ${names.left} ↔ ${names.right}`) }],
          },
          { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] },
        ),
        { type: 'element', tagName: 'body', properties: {}, children: body.children as ElementContent[] },
      ),
    ],
  };
  return `${wellFormed(toHtml(page))}\n`;
}

/** Rows [from, to) of the alignment left out of the side-by-side view. */
interface Fold {
  from: number;
  to: number;
}

/**
 * The rows the side-by-side view shows, in order, with the runs left out as
 * folds: every row when `context` is undefined, else the rows with findings
 * and `context` rows either side of each (a tree's one-file report shows
 * where to look, not every page in full: the pages' own reports do that).
 */
function shownRows(count: number, findingsByRow: ReadonlyMap<number, unknown>, context: number | undefined): Array<number | Fold> {
  if (context === undefined) return Array.from({ length: count }, (_, index) => index);
  const shown = new Set<number>();
  for (const row of findingsByRow.keys())
    for (let index = Math.max(0, row - context); index <= Math.min(count - 1, row + context); index++) shown.add(index);
  const out: Array<number | Fold> = [];
  let from = 0;
  for (let index = 0; index <= count; index++) {
    if (index < count && !shown.has(index)) continue;
    if (index > from) out.push({ from, to: index });
    if (index < count) out.push(index);
    from = index + 1;
  }
  return out;
}

/**
 * The lines of a block [first, last] an excerpt shows, the runs left out as
 * counts: the block's first line, and around each finding's place on this
 * side (one line before, up to `limit` lines of it, one after). A block of at
 * most `limit` lines is shown whole.
 */
function excerptLines(first: number, last: number, places: ReadonlyArray<Location | null>, limit: number): Array<number | { count: number }> {
  if (last - first + 1 <= limit) return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const keep = new Set<number>([first]);
  for (const place of places) {
    if (!place) continue;
    const from = Math.max(first, place.line - 1);
    const to = Math.min(last, place.endLine + 1, place.line + limit - 1);
    for (let line = from; line <= to; line++) keep.add(line);
  }
  const out: Array<number | { count: number }> = [];
  let skipped = 0;
  for (let line = first; line <= last; line++) {
    if (keep.has(line)) {
      if (skipped > 0) out.push({ count: skipped });
      skipped = 0;
      out.push(line);
    } else skipped++;
  }
  if (skipped > 0) out.push({ count: skipped });
  return out;
}

/** One line standing for rows left out: how many, and which lines of each side they hold. */
function foldedRows(alignment: readonly AlignmentRow[], fold: Fold): Element {
  const lines = (side: Side) => {
    let first = Infinity;
    let last = -Infinity;
    for (let index = fold.from; index < fold.to; index++) {
      const block = alignment[index]![side];
      if (!block) continue;
      first = Math.min(first, block.line);
      last = Math.max(last, block.endLine);
    }
    return first === Infinity ? 'none' : first === last ? `line ${first}` : `lines ${first}–${last}`;
  };
  return h(
    'tr',
    { className: ['fold'] },
    h('td', { colSpan: 3 }, `${plural(fold.to - fold.from, 'row')} without findings left out (left ${lines('left')}, right ${lines('right')})`),
  );
}

const widths = Array.from({ length: 21 }, (_, i) => `.fill.w${i * 5}{width:${i * 5}%}`).join('');

const css = `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#1d2433;--muted:#667085;--line:#e4e7ec;--soft:#f2f4f7;--accent:#3056d3;
--err:#b42318;--err-bg:#fef3f2;--err-line:#fda29b;--warn:#b54708;--warn-bg:#fffaeb;--warn-line:#fec84b;--info:#175cd3;--info-bg:#eff8ff;--info-line:#84caff;
--gap:repeating-linear-gradient(135deg,#f2f4f7 0 6px,#fff 6px 12px);
--mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0f1218;--panel:#171b23;--ink:#e6e8ec;--muted:#98a2b3;--line:#2a303c;--soft:#1f2430;--accent:#8ea8ff;
--err:#f97066;--err-bg:#2a1614;--err-line:#7a271a;--warn:#fdb022;--warn-bg:#2a2010;--warn-line:#7a4d0b;--info:#84caff;--info-bg:#0f2038;--info-line:#1849a9;
--gap:repeating-linear-gradient(135deg,#1f2430 0 6px,#171b23 6px 12px)}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 var(--sans)}
.wrap{max-width:1280px;margin:0 auto;padding:0 24px}
.masthead{background:var(--panel);border-bottom:1px solid var(--line);padding:20px 0 18px}
.eyebrow{margin:0 0 4px;color:var(--muted);font-size:12px;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
h1{margin:0;font-size:20px;font-weight:650;display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;overflow-wrap:anywhere}
h1 .file{font-family:var(--mono);font-size:17px;unicode-bidi:isolate}
.arrow{color:var(--muted);font-weight:400}
.lang{display:inline-block;text-transform:none;letter-spacing:0;border:1px solid var(--line);border-radius:999px;padding:0 8px;margin-left:6px;font-size:12px;font-weight:600;color:var(--muted);vertical-align:middle;background:var(--soft)}
.meta{margin:6px 0 0;color:var(--muted)}
main{padding-top:20px;padding-bottom:8px}
.cards{display:grid;grid-template-columns:minmax(260px,2fr) repeat(4,minmax(120px,1fr));gap:12px;margin-bottom:24px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.card-label{color:var(--muted);font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:26px;font-weight:650;line-height:1.2;margin-top:4px;font-variant-numeric:tabular-nums}
.card-hint{color:var(--muted);font-size:12px;margin-top:6px}
.card-zero .card-value{color:var(--muted)}.card-error .card-value{color:var(--err)}.card-warning .card-value{color:var(--warn)}.card-info .card-value{color:var(--info)}
.bar{height:6px;background:var(--soft);border-radius:999px;overflow:hidden;margin-top:10px}
.fill{height:100%;background:var(--accent);border-radius:999px}
${widths}
h2{font-size:16px;font-weight:650;margin:0 0 10px;display:flex;align-items:center;gap:8px}
.count{font-size:12px;font-weight:600;color:var(--muted);background:var(--soft);border:1px solid var(--line);border-radius:999px;padding:0 8px}
section{margin-bottom:28px}
table{width:100%;border-collapse:separate;border-spacing:0;background:var(--panel);border:1px solid var(--line);border-radius:10px;overflow:hidden;table-layout:fixed}
th,td{text-align:start;vertical-align:top;padding:8px 12px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
tbody tr:last-child>td{border-bottom:0}
thead th{background:var(--soft);color:var(--muted);font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.findings col.c-sev{width:112px}.findings col.c-check{width:176px}.findings col.c-section{width:24%}.findings col.c-loc{width:76px}
.findings td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.findings .section-title{color:var(--muted)}
code{font-family:var(--mono);font-size:12.5px;background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:0 4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.sev{display:inline-block;min-width:66px;white-space:nowrap;text-align:center;border-radius:999px;padding:0 8px;font-size:12px;font-weight:600;border:1px solid}
.sev-error{color:var(--err);background:var(--err-bg);border-color:var(--err-line)}
.sev-warning{color:var(--warn);background:var(--warn-bg);border-color:var(--warn-line)}
.sev-info{color:var(--info);background:var(--info-bg);border-color:var(--info-line)}
.muted{color:var(--muted)}
.empty{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px;color:var(--muted)}
.sbs col.c-match{width:92px}
.sbs thead th .file{font-family:var(--mono);text-transform:none;letter-spacing:0;font-size:12.5px;color:var(--ink);unicode-bidi:isolate}
.sbs td{padding:6px 10px}
.sbs td.src{font-family:var(--mono);font-size:12.5px;line-height:1.55}
.sbs .line{display:grid;grid-template-columns:3.2em 1fr;column-gap:10px}
.sbs .ln{color:var(--muted);text-align:end;font-variant-numeric:tabular-nums;user-select:none;direction:ltr}
.sbs .tx{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext;tab-size:4;min-height:1.55em}
.sbs .kind-heading .tx{font-weight:700}
.sbs td.gap{background:var(--gap)}
.gap-label{display:block;text-align:center;color:var(--muted);font:italic 12px var(--sans);padding:4px 0}
.sbs td.match,.sbs th.match{text-align:center;border-left:1px solid var(--line);border-right:1px solid var(--line)}
.sbs td.match{background:var(--soft)}
.pct{display:block;font-weight:600;font-variant-numeric:tabular-nums}
.kind{display:block;color:var(--muted);font-size:11px;overflow-wrap:anywhere}
.unsure{display:block;color:var(--warn);font-size:11px;font-weight:600}
.stale{margin:8px 0 0;padding:6px 10px;border:1px solid var(--warn-line);background:var(--warn-bg);color:var(--warn);border-radius:6px}
.match.weak .pct{color:var(--warn)}
tr.section-start>td{border-top:2px solid var(--line)}
tr.flag-error>td:first-child{box-shadow:inset 3px 0 var(--err)}
tr.flag-warning>td:first-child{box-shadow:inset 3px 0 var(--warn)}
tr.flag-info>td:first-child{box-shadow:inset 3px 0 var(--info)}
tr.row.flag-error>td,tr.row.flag-warning>td,tr.row.flag-info>td{border-bottom:0}
tr.notes>td{padding:2px 12px 10px;font-size:13px}
tr.notes.flag-error>td{background:var(--err-bg)}tr.notes.flag-warning>td{background:var(--warn-bg)}tr.notes.flag-info>td{background:var(--info-bg)}
tr.notes ul{list-style:none;margin:0;padding:6px 0 0}
tr.notes li{margin:2px 0}
tr:target>td{outline:2px solid var(--accent);outline-offset:-2px}
.ctl{display:inline-block;font:600 10px/1.4 var(--mono);color:var(--err);background:var(--err-bg);border:1px solid var(--err-line);border-radius:3px;padding:0 3px;margin:0 1px;vertical-align:1px;unicode-bidi:isolate;direction:ltr}
.sbs .line.fold .tx{color:var(--muted);font-style:italic}
tr.fold>td{background:var(--soft);color:var(--muted);font-size:12px;text-align:center;padding:4px 12px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 24px 28px}
@media (max-width:900px){.cards{grid-template-columns:1fr 1fr}.card-parity{grid-column:1/-1}.findings col.c-section{width:auto}}
@media print{body{background:#fff}.card,table{break-inside:avoid-page}tr{break-inside:avoid}}
`;
