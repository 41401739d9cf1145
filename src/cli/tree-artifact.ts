/**
 * One report file for a whole `tree` run, in any format: the pages' own
 * reports (written by the core's writers in the workers) joined into one
 * document of that format, plus the pages that could not be compared: a page
 * only in the left tree (not translated: an error unless --allow-missing), a
 * page only in the right tree (a note) and a page that failed (an error).
 * Pages come worst first, as in the terminal summary (`pageOrder`).
 */
import { join } from 'node:path';
import { failsRun, isOpen, type FormatName, type Report, type Severity } from '../core/index.js';
import { csvCell, csvColumns, toCsv } from '../core/report/csv.js';
import { contentSecurityPolicy } from '../core/report/html.js';
import { xmlAttribute, xmlText } from '../core/report/junit.js';
import { pathToUri } from '../core/report/writer-support.js';
import type { FailLevel } from './args.js';
import type { TreeEntry, TreeReport } from './tree.js';

/** A page that has no report of its own, as one finding of the run. */
interface PageProblem {
  check: 'missing-page' | 'extra-page' | 'page-failed';
  severity: Severity;
  /** The file it is about (in the tree where it is). */
  path: string;
  message: string;
}

export interface ArtifactOptions {
  allowMissing: boolean;
  failOn: FailLevel;
}

const problemSummaries: Record<PageProblem['check'], string> = {
  'missing-page': 'A page of the left tree has no counterpart in the right tree (not translated yet).',
  'extra-page': 'A page of the right tree has no counterpart in the left tree (removed or renamed in the source).',
  'page-failed': 'A page could not be compared (unreadable, too large, or over its time limit).',
};

function pageProblems(tree: TreeReport, options: ArtifactOptions): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const file of tree.files) {
    if (file.status === 'left-only')
      problems.push({
        check: 'missing-page',
        severity: options.allowMissing ? 'info' : 'error',
        path: join(tree.left, file.path),
        message: `Missing page: ${file.path} is only in ${tree.left}; ${tree.right} has no translation of it.`,
      });
    else if (file.status === 'right-only')
      problems.push({
        check: 'extra-page',
        severity: 'info',
        path: join(tree.right, file.path),
        message: `Extra page: ${file.path} is only in ${tree.right}; ${tree.left} has no page of that name (removed or renamed?).`,
      });
    else if (file.status === 'failed')
      problems.push({ check: 'page-failed', severity: 'error', path: join(tree.right, file.path), message: `Not compared: ${file.error}` });
  }
  return problems;
}

type Compared = Extract<TreeEntry, { status: 'compared' }>;

/** Open findings by severity, the parity, and whether the page is mostly stale. */
export function pageWeight(report: Report): { errors: number; warnings: number; parity: number; stale: boolean } {
  const open = report.findings.filter(isOpen);
  const errors = open.filter((finding) => finding.severity === 'error').length;
  const warnings = open.filter((finding) => finding.severity === 'warning').length;
  const parity = report.summary.parity;
  // The core says the right is a translation of an older version (summary.stale), or less than half of the rows line up
  // cleanly and something is wrong: the page needs retranslating, not 15 fixes.
  const stale = report.summary.stale !== undefined || (parity < 0.5 && report.summary.rows >= 4);
  return { errors, warnings, parity, stale: stale && errors + warnings > 0 };
}

/** Compared pages worst first: mostly stale, then by errors, warnings, parity; ties by path. */
export function pageOrder(files: readonly TreeEntry[]): Compared[] {
  const compared = files.filter((file): file is Compared => file.status === 'compared');
  const weights = new Map(compared.map((file) => [file, pageWeight(file.report)]));
  return compared.sort((a, b) => {
    const x = weights.get(a)!;
    const y = weights.get(b)!;
    return Number(y.stale) - Number(x.stale) || y.errors - x.errors || y.warnings - x.warnings || x.parity - y.parity || (a.path < b.path ? -1 : 1);
  });
}

const sarifLevels = { error: 'error', warning: 'warning', info: 'note' } as const;

interface SarifRun {
  tool: { driver: { rules: Array<{ id: string }> } & Record<string, unknown> };
  artifacts?: unknown[];
  results?: Array<Record<string, unknown>>;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Adds `offset` to every artifact index in a result's locations. */
function shiftArtifactIndexes(value: unknown, offset: number): void {
  if (Array.isArray(value)) for (const item of value) shiftArtifactIndexes(item, offset);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('artifactLocation' in record) {
      const location = record.artifactLocation as { index?: number };
      if (typeof location.index === 'number') location.index += offset;
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'artifactLocation') shiftArtifactIndexes(child, offset);
  }
}

function joinSarif(pages: readonly string[], problems: readonly PageProblem[], tree: TreeReport): string {
  const logs = pages.map((text) => JSON.parse(text) as { $schema: string; version: string; runs: SarifRun[] });
  const first = logs[0]?.runs[0];
  const rules: Array<{ id: string } & Record<string, unknown>> = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: unknown[] = [];
  const results: Array<Record<string, unknown>> = [];
  const addRule = (rule: { id: string } & Record<string, unknown>) => {
    if (!ruleIndex.has(rule.id)) {
      ruleIndex.set(rule.id, rules.length);
      rules.push(rule);
    }
    return ruleIndex.get(rule.id)!;
  };
  for (const log of logs) {
    for (const run of log.runs) {
      const offset = artifacts.length;
      artifacts.push(...(run.artifacts ?? []));
      for (const result of run.results ?? []) {
        shiftArtifactIndexes(result, offset);
        const rule = run.tool.driver.rules[result.ruleIndex as number];
        results.push({ ...result, ruleIndex: rule ? addRule(rule) : undefined });
      }
      for (const rule of run.tool.driver.rules) addRule(rule);
    }
  }
  for (const problem of problems) {
    const index = addRule({
      id: problem.check,
      name: problem.check.replace(/(^|-)([a-z])/g, (_match, _dash: string, char: string) => char.toUpperCase()),
      shortDescription: { text: problemSummaries[problem.check] },
      fullDescription: { text: problemSummaries[problem.check] },
      help: { text: problemSummaries[problem.check] },
      defaultConfiguration: { level: sarifLevels[problem.check === 'extra-page' ? 'info' : 'error'] },
    });
    artifacts.push({ location: { uri: pathToUri(problem.path) }, mimeType: 'text/markdown', sourceLanguage: 'markdown' });
    results.push({
      ruleId: problem.check,
      ruleIndex: index,
      level: sarifLevels[problem.severity],
      message: { text: problem.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(problem.path), index: artifacts.length - 1 } } }],
      partialFingerprints: { 'mdparity/v1': `${problem.check}:${problem.path}` },
    });
  }
  const driver = first?.tool.driver ?? { name: 'mdparity' };
  const run = {
    ...(first ?? { columnKind: 'utf16CodeUnits', newlineSequences: ['\r\n', '\r', '\n'] }),
    tool: { driver: { ...driver, name: 'mdparity', rules } },
    artifacts,
    results,
    properties: { summary: tree.summary, left: tree.left, right: tree.right },
  };
  return `${JSON.stringify({ $schema: logs[0]?.$schema ?? 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

function joinJunit(pages: readonly string[], problems: readonly PageProblem[], options: ArtifactOptions): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const page of pages) {
    const open = page.indexOf('<testsuite ');
    const close = page.lastIndexOf('</testsuites>');
    if (open < 0 || close < 0) continue;
    suites.push(`  ${page.slice(open, close).trim()}`);
    for (const match of page.slice(open, close).matchAll(/<testsuite [^>]*?tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)) {
      tests += Number(match[1]);
      failures += Number(match[2]);
      errors += Number(match[3]);
    }
  }
  if (problems.length > 0) {
    let pageFailures = 0;
    let pageErrors = 0;
    const cases = problems.map((problem) => {
      const attributes = `name="${xmlAttribute(problem.path)}" classname="pages" file="${xmlAttribute(problem.path)}"`;
      if (problem.check === 'page-failed') {
        pageErrors++;
        return `    <testcase ${attributes}>\n      <error message="${xmlAttribute(problem.message)}" type="${problem.check}"/>\n    </testcase>`;
      }
      if (failsRun(problem, options.failOn)) {
        pageFailures++;
        return `    <testcase ${attributes}>\n      <failure message="${xmlAttribute(problem.message)}" type="${problem.check}">${xmlText(problem.message)}</failure>\n    </testcase>`;
      }
      return `    <testcase ${attributes}>\n      <system-out>${xmlText(problem.message)}</system-out>\n    </testcase>`;
    });
    suites.push(
      `  <testsuite name="pages" tests="${problems.length}" failures="${pageFailures}" errors="${pageErrors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
    tests += problems.length;
    failures += pageFailures;
    errors += pageErrors;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mdparity" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

function joinCsv(pages: readonly string[], problems: readonly PageProblem[]): string {
  // The byte order mark the page writer starts with, so that Excel reads the file as UTF-8.
  const header = `\uFEFF${toCsv([csvColumns])}`;
  const rows = pages.map((page) => page.replace(/^\uFEFF/, '').slice(page.replace(/^\uFEFF/, '').indexOf('\r\n') + 2)).join('');
  const extra = problems.map((problem) =>
    [
      problem.check,
      problem.severity,
      '',
      problem.check === 'extra-page' ? '' : problem.path,
      problem.check === 'extra-page' ? problem.path : '',
      '',
      '',
      problem.message,
      '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${header}${rows}${extra.map((line) => `${line}\r\n`).join('')}`;
}

/** GitLab wants every fingerprint unique in the file: a page repeating another page's text gets a suffix. */
function joinGitlab(pages: readonly string[], problems: readonly PageProblem[]): string {
  const seen = new Set<string>();
  const issues = pages.flatMap((page) => JSON.parse(page) as Array<{ fingerprint: string }>);
  for (const problem of problems)
    issues.push({
      description: problem.message,
      check_name: problem.check,
      fingerprint: `${problem.check}:${problem.path}`,
      severity: problem.severity === 'error' ? 'major' : 'info',
      location: { path: problem.path.replace(/^\.\//, ''), lines: { begin: 1, end: 1 } },
    } as { fingerprint: string });
  for (const issue of issues) {
    let fingerprint = issue.fingerprint;
    for (let count = 1; seen.has(fingerprint); count++) fingerprint = `${issue.fingerprint}:${count}`;
    seen.add(fingerprint);
    issue.fingerprint = fingerprint;
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function problemLine(format: 'compact' | 'github', problem: PageProblem): string {
  if (format === 'compact') return `${problem.path}:1:1: ${problem.severity} ${problem.check} ${problem.message}`;
  const level = problem.severity === 'error' ? 'error' : problem.severity === 'warning' ? 'warning' : 'notice';
  const property = (value: string) =>
    value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${property(problem.path)},line=1,title=${property(`mdparity ${problem.check}`)}::${problem.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (char) => (char === '<' ? '&lt;' : '&gt;'));
}

/** GitHub's limit for a job summary (and a check run's text), in characters. */
export const jobSummaryLimit = 65_536;

function joinMarkdown(order: readonly Compared[], pages: ReadonlyMap<string, string>, problems: readonly PageProblem[], tree: TreeReport): string {
  const s = tree.summary;
  const head = [
    `**mdparity**: \`${markdownCell(tree.left)}\` ↔ \`${markdownCell(tree.right)}\` · ${s.compared} pages compared (${s.clean} clean), ${s.leftOnly} only left, ${s.rightOnly} only right, ${s.failed} failed · ${s.error} errors, ${s.warning} warnings, ${s.info} info`,
    '',
  ];
  const table = ['| Page | Status | Errors | Warnings | Parity |', '| - | - | - | - | - |'];
  for (const problem of problems) table.push(`| \`${markdownCell(problem.path)}\` | ${problem.check} | | | |`);
  for (const file of order) {
    const weight = pageWeight(file.report);
    if (weight.errors + weight.warnings === 0) continue;
    table.push(
      `| \`${markdownCell(file.path)}\` | ${weight.stale ? '**retranslate**' : weight.errors > 0 ? 'errors' : 'warnings'} | ${weight.errors} | ${weight.warnings} | ${(weight.parity * 100).toFixed(1)} % |`,
    );
  }
  // The table, then details page by page, worst first, as long as they fit in a job summary; the rest is counted.
  const room = jobSummaryLimit - 300;
  let text = `${head.join('\n')}\n`;
  if (table.length === 2) text += 'Every compared page lines up.\n';
  let rowsLeft = 0;
  for (const row of table.length > 2 ? table : []) {
    if (rowsLeft > 0 || text.length + row.length + 1 > room) rowsLeft++;
    else text += `${row}\n`;
  }
  if (rowsLeft > 0) text += `\n_${rowsLeft} more ${rowsLeft === 1 ? 'page' : 'pages'} with findings: see the full report (SARIF, JSON or HTML)._\n`;
  let left = 0;
  for (const file of order) {
    const page = pages.get(file.path);
    const weight = pageWeight(file.report);
    if (page === undefined || weight.errors + weight.warnings === 0) continue;
    const section = `\n---\n\n#### \`${markdownCell(file.path)}\`\n\n${page.trim()}\n`;
    if (left > 0 || text.length + section.length > room) left++;
    else text += section;
  }
  if (left > 0 && rowsLeft === 0)
    text += `\n_The details of ${left} more ${left === 1 ? 'page' : 'pages'} are in the full report (SARIF, JSON or HTML)._\n`;
  return text;
}

/**
 * One HTML page: a table of pages, then the report of each page with findings
 * in its own section (ids made unique per page), the style once. The pages were
 * rendered with only their rows with findings in the side-by-side view (tree.ts).
 */
function joinHtml(order: readonly Compared[], pages: ReadonlyMap<string, string>, problems: readonly PageProblem[], tree: TreeReport): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const first = pages.values().next().value;
  const style = first === undefined ? '' : (/<style>[\s\S]*?<\/style>/.exec(first)?.[0] ?? '');
  const rows: string[] = [];
  for (const problem of problems)
    rows.push(`<tr><td dir="auto">${escape(problem.path)}</td><td>${problem.check}</td><td colspan="3">${escape(problem.message)}</td></tr>`);
  const sections: string[] = [];
  order.forEach((file, index) => {
    const weight = pageWeight(file.report);
    const status = weight.stale ? 'retranslate' : weight.errors > 0 ? 'errors' : weight.warnings > 0 ? 'warnings' : 'clean';
    const page = file.report.findings.length === 0 ? undefined : pages.get(file.path);
    // A page without findings is its row in the table only: nothing to look at below.
    const name = page === undefined ? escape(file.path) : `<a href="#page-${index}">${escape(file.path)}</a>`;
    rows.push(
      `<tr><td dir="auto">${name}</td><td>${status}</td><td>${weight.errors}</td><td>${weight.warnings}</td><td>${(weight.parity * 100).toFixed(1)} %</td></tr>`,
    );
    if (page === undefined) return;
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
    // Each page's ids (row-3, findings) and links to them get the page's prefix, inside tags only.
    const prefixed = body.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
      tag.replace(/\s(id|href)="(#?)([^"]*)"/g, (match, name: string, hash: string, value: string) =>
        name === 'id' || hash === '#' ? ` ${name}="${hash}p${index}-${value}"` : match,
      ),
    );
    sections.push(`<section id="page-${index}"><h2 dir="auto">${escape(file.path)}</h2>${prefixed}</section>`);
  });
  const s = tree.summary;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escape(contentSecurityPolicy)}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1"><title>mdparity: ${escape(tree.left)} ↔ ${escape(tree.right)}</title>${style}</head><body><main><h1>${escape(tree.left)} ↔ ${escape(tree.right)}</h1><p>${s.compared} pages compared (${s.clean} clean), ${s.leftOnly} only left, ${s.rightOnly} only right, ${s.failed} failed · ${s.error} errors, ${s.warning} warnings, ${s.info} info</p><table><thead><tr><th>Page</th><th>Status</th><th>Errors</th><th>Warnings</th><th>Parity</th></tr></thead><tbody>${rows.join('')}</tbody></table></main>${sections.join('')}</body></html>\n`;
}

/** The whole run in `format` (not json or text: the tree report and writeTreeText are those). */
export function writeTreeArtifact(format: FormatName, tree: TreeReport, pages: ReadonlyMap<string, string>, options: ArtifactOptions): string {
  const problems = pageProblems(tree, options);
  const order = pageOrder(tree.files);
  const ordered = order.map((file) => pages.get(file.path)).filter((page): page is string => page !== undefined);
  switch (format) {
    case 'sarif':
      return joinSarif(ordered, problems, tree);
    case 'junit':
      return joinJunit(ordered, problems, options);
    case 'csv':
      return joinCsv(ordered, problems);
    case 'gitlab':
      return joinGitlab(ordered, problems);
    case 'compact':
    case 'github':
      return `${[...problems.map((problem) => problemLine(format, problem)), ...ordered.map((page) => page.trimEnd()).filter((page) => page !== '')].join('\n')}\n`;
    case 'markdown':
      return joinMarkdown(order, pages, problems, tree);
    case 'html':
      return joinHtml(order, pages, problems, tree);
    default:
      throw new Error(`no tree artifact for ${format}`);
  }
}
