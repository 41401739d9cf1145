/**
 * The Markdown writer: parsed back with mdast-util-from-markdown (GFM), the
 * comment has the summary line and one table per section, every cell holds
 * the document text as plain text (no raw HTML, no images, no links but the
 * writer's own line links), and rendering it gives no live markup.
 */
import type { Link, Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/core/report/escape.js';
import type { Report } from '../../src/core/report/types.js';
import { writers } from '../../src/core/report/writers.js';
import { sectionLabel } from '../../src/core/report/writer-support.js';
import { isWellFormed, rawBidi } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const baseUrl = 'https://github.com/example/docs/blob/0123abc';
const synthetic = syntheticReport();
const cases = [
  { name: 'seed pair', report: seedReport, options: seed },
  { name: 'hostile pair', report: hostileReport, options: hostile },
  { name: 'hostile report', report: synthetic.report, options: synthetic },
];

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function all(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) out.push(...all(child));
  return out;
}

/** Findings grouped by section in report order, as the writer lays them out. */
function sections(report: Report) {
  const map = new Map<number, Report['findings']>();
  for (const finding of report.findings) map.set(finding.section, [...(map.get(finding.section) ?? []), finding]);
  return [...map].sort((a, b) => a[0] - b[0]);
}

describe('markdown writer', () => {
  it('writes the seed pair as a summary line and one table per section with findings', () => {
    const markdown = writers.markdown(seedReport, { ...seed, baseUrl });
    expect(markdown.split('\n')[0]).toBe(
      '**mdparity**: 0 errors, 3 warnings, 1 info · `seeds/smo.is.md` (is) ↔ `seeds/smo.no.md` (no) · parity 80.0 % · 15 rows (15 paired, 0 left only, 0 right only)',
    );
    const tree = parse(markdown);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'table', 'heading', 'table', 'heading', 'table']);
    expect(toString(tree.children[1]!)).toBe('Hvað er hagræðing á samfélagsmiðlum (SMO)? ↔ Hva er optimalisering av sosiale medier (SMO)?');
    const message = (check: string) => seedReport.findings.find((finding) => finding.check === check)!.message;
    const table = tree.children[6] as Table;
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Severity', 'Check', 'Left smo.is.md', 'Right smo.no.md', 'Message'],
      ['warning', 'heading-format', 'L30', 'L30', message('heading-format')],
      ['warning', 'bullet-marker', 'L32–36', 'L32–36', message('bullet-marker')],
    ]);
    const links = all(tree).filter((node): node is Link => node.type === 'link');
    expect(links.map((link) => link.url)).toEqual([
      `${baseUrl}/seeds/smo.is.md#L10`,
      `${baseUrl}/seeds/smo.no.md#L10`,
      `${baseUrl}/seeds/smo.is.md#L24`,
      `${baseUrl}/seeds/smo.no.md#L24`,
      `${baseUrl}/seeds/smo.is.md#L30`,
      `${baseUrl}/seeds/smo.no.md#L30`,
      `${baseUrl}/seeds/smo.is.md#L32`,
      `${baseUrl}/seeds/smo.no.md#L32`,
    ]);
  });

  it('says so when there are no findings', () => {
    const report = structuredClone(seedReport);
    report.findings = [];
    expect(writers.markdown(report, {})).toContain('No findings: the two versions line up.');
  });

  it.each(cases)('parses the $name back to the same text, with no raw HTML and no foreign links', ({ report, options }) => {
    const markdown = writers.markdown(report, { ...options, baseUrl });
    expect(isWellFormed(markdown)).toBe(true);
    expect(markdown).not.toMatch(rawBidi);
    const tree = parse(markdown);
    const nodes = all(tree);
    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    expect(
      nodes.filter((node) => node.type === 'image' || node.type === 'imageReference' || node.type === 'linkReference' || node.type === 'definition'),
    ).toEqual([]);
    for (const link of nodes.filter((node): node is Link => node.type === 'link')) {
      // Only the writer's line links (plain-text URLs in messages may autolink on GitHub, but never javascript:).
      if (!link.url.startsWith(`${baseUrl}/`)) expect(link.url).toMatch(/^(https?:|mailto:)/);
      expect(link.url).not.toMatch(/^\s*javascript:/i);
    }
    // One table per section with findings; every cell reads back as the finding's text.
    const tables = tree.children.filter((node): node is Table => node.type === 'table');
    const headings = tree.children.filter((node) => node.type === 'heading');
    const grouped = sections(report);
    expect(tables.length).toBe(grouped.length);
    grouped.forEach(([section, findings], index) => {
      expect(toString(headings[index]!)).toBe(escapeControls(sectionLabel(report.sections[section])));
      const rows = tables[index]!.children.slice(1);
      expect(rows.length).toBe(findings.length);
      rows.forEach((row, i) => {
        expect(row.children.length).toBe(5);
        expect(toString(row.children[0]!)).toBe(findings[i]!.severity);
        expect(toString(row.children[1]!)).toBe(escapeControls(findings[i]!.check));
        // (Markdown trims white space at the ends of a table cell.)
        expect(toString(row.children[4]!)).toBe(escapeControls(findings[i]!.message).trim());
      });
    });
    // Rendered as GitHub would (HTML allowed through), nothing turns into markup.
    const html = toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true });
    expect(html).not.toMatch(/<(script|img|svg|iframe|style)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*"\s*javascript:/i);
  });

  it('percent-encodes file names in line links and links nothing without a safe base URL', () => {
    const tree = parse(writers.markdown(hostileReport, { ...hostile, baseUrl: `${baseUrl}/` }));
    const urls = all(tree)
      .filter((node): node is Link => node.type === 'link')
      .map((link) => link.url);
    expect(urls).toContain(`${baseUrl}/docs/my%20guide%20%231%20100%25%20%C3%9E%C3%B3r%C3%B0ur.is.md#L5`);
    expect(urls).toContain(`${baseUrl}/docs/my%20guide%20%231%20100%25%20%22%C3%9E%C3%B3r%C3%B0ur%22%20%3Cb%3E'x'.ar.md#L5`);
    for (const unsafe of [undefined, '', 'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'https://a b']) {
      const links = all(parse(writers.markdown(hostileReport, { ...hostile, baseUrl: unsafe }))).filter(
        (node) => node.type === 'link' && node.url.includes('#L'),
      );
      expect(links).toEqual([]);
    }
  });
});

describe('markdown writer on a same-named pair', () => {
  it('heads the columns with the folders that tell en/README.md from fr/README.md, not README.md twice', () => {
    const report: Report = {
      ...seedReport,
      left: { ...seedReport.left, path: 'docs/en/README.md', language: 'en' },
      right: { ...seedReport.right, path: 'docs/fr/README.md', language: 'fr' },
    };
    const heads = parse(writers.markdown(report, {}))
      .children.find((node) => node.type === 'table')!
      .children[0]!.children.map((cell) => toString(cell));
    expect(heads).toEqual(['Severity', 'Check', 'Left en/README.md', 'Right fr/README.md', 'Message']);
  });
});
