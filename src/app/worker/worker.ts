/**
 * The compare worker: runs the same core as the CLI off the main thread, so a
 * slow or hostile document never freezes the page, and posts back a plain
 * view model. It keeps the last comparison to answer preview requests, and
 * writes report exports (the writers live here, beside the core, so the
 * page's own bundle stays small).
 *
 * A large pair is compared in two steps: first the heads of both documents
 * (partial-view.ts), whose rows are posted at once, then the whole pair,
 * whose view replaces them.
 *
 * A fix request applies the core's mechanical fixes to the right text and
 * compares again; the core's proof (the answered findings gone, no new one)
 * decides whether the fixed text is posted at all.
 */
import {
  applyDecisions,
  compareDocuments,
  compareOptionsOf,
  ConfigError,
  configFromPackageJson,
  isInputError,
  parseConfig,
  writers,
  type CompareOptions,
  type Comparison,
  type Config,
} from '../../core/index.js';
import { applyEdits, computeFixes, fixKey, fixProblem } from '../../core/fixes/compute-fixes.js';
import { buildViewModel } from './build-view-model.js';
import { partialView } from './partial-view.js';
import { definitionNodes, previewHast } from './preview-hast.js';
import type { ConfigInput, ConfigSummary, ErrorKind, ViewModel, WorkerRequest, WorkerResponse } from '../protocol.js';
import { LineIndex } from './line-index.js';
import type { Side } from '../../core/vocabulary/side.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
let last: { id: number; comparison: Comparison; view: ViewModel; leftText: string; rightText: string } | null = null;
/** The newest comparison asked for: an older one whose first rows are out stops there. */
let latest = 0;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'compare') void compare(request);
  else if (request.type === 'fix') fix(request);
  else if (request.type === 'export') exportReport(request);
  else preview(request.id);
};

async function compare(request: Extract<WorkerRequest, { type: 'compare' }>): Promise<void> {
  const started = performance.now();
  latest = request.id;
  let config: Config | null;
  try {
    config = request.config ? readConfig(request.config) : null;
  } catch (error) {
    scope.postMessage({ type: 'error', id: request.id, side: null, kind: 'config', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const options = optionsOf(request, config);
  const configSummary = config && request.config ? summarizeConfig(request.config.name, config) : null;
  try {
    if (postPartial(request, options, configSummary, started)) {
      // A pair dropped meanwhile (its request is queued behind this one) makes the rest of this one moot.
      await new Promise((resume) => setTimeout(resume, 0));
      if (latest !== request.id) return;
    }
    const comparison = compareDocuments(request.left.text, request.right.text, options);
    const view = buildViewModel({
      id: request.id,
      comparison,
      leftName: request.left.name,
      rightName: request.right.name,
      elapsed: Math.round(performance.now() - started),
      config: configSummary,
      pins: request.pins,
    });
    last = { id: request.id, comparison, view, leftText: request.left.text, rightText: request.right.text };
    scope.postMessage({ type: 'result', id: request.id, view });
  } catch (error) {
    postFailure(request.id, error);
  }
}

type PairRequest = Extract<WorkerRequest, { type: 'compare' | 'fix' }>;

function optionsOf(request: PairRequest, config: Config | null): CompareOptions {
  return { leftPath: request.left.name, rightPath: request.right.name, ...compareOptionsOf(config), pins: request.pins };
}

function postFailure(id: number, error: unknown): void {
  // An input error names the document it came from, so the app can name the file.
  scope.postMessage({ type: 'error', id, side: isInputError(error) ? error.side : null, kind: errorKind(error), message: messageOf(error) });
}

/** The fixes of the findings asked for, applied to the right text, proven by comparing again (see the module comment). */
function fix(request: Extract<WorkerRequest, { type: 'fix' }>): void {
  const started = performance.now();
  latest = request.id;
  try {
    const config = request.config ? readConfig(request.config) : null;
    const options = optionsOf(request, config);
    const { left, right } = request;
    // The comparison the findings came from, unless the worker has compared something else since (or was restarted).
    const before =
      last && last.id === request.from && last.leftText === left.text && last.rightText === right.text
        ? last.comparison
        : compareDocuments(left.text, right.text, options);
    const wanted = new Set(request.findings);
    const fixes = computeFixes(
      before.report.findings.filter((finding) => wanted.has(fixKey(finding))),
      left.text,
      right.text,
    );
    if (fixes.length === 0) {
      scope.postMessage({ type: 'error', id: request.id, side: 'right', kind: 'fix', message: 'no mechanical fix applies to it any more' });
      return;
    }
    const text = applyEdits(
      right.text,
      fixes.flatMap((one) => one.edits),
    );
    const comparison = compareDocuments(left.text, text, options);
    const problem = fixProblem(before.report.findings, fixes, comparison.report.findings);
    if (problem !== null) {
      scope.postMessage({ type: 'error', id: request.id, side: 'right', kind: 'fix', message: problem });
      return;
    }
    const view = buildViewModel({
      id: request.id,
      comparison,
      leftName: left.name,
      rightName: right.name,
      elapsed: Math.round(performance.now() - started),
      config: config && request.config ? summarizeConfig(request.config.name, config) : null,
      pins: request.pins,
    });
    last = { id: request.id, comparison, view, leftText: left.text, rightText: text };
    scope.postMessage({ type: 'fixed', id: request.id, view, text, fixes: fixes.length });
  } catch (error) {
    postFailure(request.id, error);
  }
}

/** The first rows of a large pair, before the rest (true when posted); never in the way of the full comparison. */
function postPartial(
  request: Extract<WorkerRequest, { type: 'compare' }>,
  options: CompareOptions,
  config: ConfigSummary | null,
  started: number,
): boolean {
  let view;
  try {
    view = partialView({ id: request.id, left: request.left, right: request.right, options, config, started });
  } catch {
    // A head the core refuses says nothing about the whole pair: the full comparison answers.
    return false;
  }
  if (view) scope.postMessage({ type: 'partial', id: request.id, view });
  return view !== null;
}

/** mdparity.config.json, or a package.json with an `mdparity` key: the CLI's rules, the CLI's messages. */
function readConfig(input: ConfigInput): Config {
  if (/(^|[/\\])package\.json$/i.test(input.name)) {
    const config = configFromPackageJson(input.text, input.name);
    if (!config) throw new ConfigError(`${input.name}: no “mdparity” key with a configuration (or not valid JSON)`);
    return config;
  }
  return parseConfig(input.text, input.name);
}

function summarizeConfig(name: string, config: Config): ConfigSummary {
  const off: string[] = [];
  const lines: string[] = [];
  for (const [check, level] of Object.entries(config.checks ?? {})) {
    if (level === 'off') off.push(check);
    lines.push(`${check}: ${level}`);
  }
  const keys = (list: string[] | undefined) => (list && list.length > 0 ? list.join(', ') : null);
  const mustMatch = keys(config.frontMatter?.mustMatch);
  const mustTranslate = keys(config.frontMatter?.mustTranslate);
  if (mustMatch) lines.push(`front matter must match: ${mustMatch}`);
  if (mustTranslate) lines.push(`front matter must be translated: ${mustTranslate}`);
  const terms = config.protectedTerms?.length ?? 0;
  if (terms > 0) lines.push(`${terms} protected term${terms === 1 ? '' : 's'}`);
  const ignore = config.ignore?.length ?? 0;
  if (ignore > 0) lines.push(`${ignore} ignore pattern${ignore === 1 ? '' : 's'} (for folder comparisons; not used here)`);
  if (lines.length === 0) lines.push('no settings: the defaults apply');
  return { name, off, lines };
}

function exportReport(request: Extract<WorkerRequest, { type: 'export' }>): void {
  try {
    const { report } = applyDecisions(request.report, request.decisions);
    const text = writers[request.format](report, { leftText: request.leftText, rightText: request.rightText });
    scope.postMessage({ type: 'exported', id: request.id, text });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      id: request.id,
      side: null,
      kind: 'internal',
      message: `internal error while writing the report: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

function preview(id: number): void {
  if (!last || last.id !== id) return;
  const { comparison, view } = last;
  const side = (name: Side) => {
    const model = comparison[name];
    const definitions = definitionNodes(model);
    const lines = new LineIndex(model.text);
    return comparison.alignment.rows.map((row, index) => {
      const at = row[name];
      const block = at === null ? undefined : model.blocks[at];
      if (!block) return null;
      // The view's finding ranges are offsets in the block's text, which starts at the start of its first line.
      const blockView = view.rows[index]?.[name];
      const base = lines.lineStart(block.span.line);
      // A finding about the whole block marks its cell, as in the source view, not every word of it.
      const ranges = (blockView?.findingRanges ?? [])
        .filter((range) => !range.whole)
        .map((range) => ({ finding: range.finding, start: base + range.start, end: base + range.end }));
      return previewHast(block, definitions, ranges);
    });
  };
  const left = side('left');
  const right = side('right');
  scope.postMessage({ type: 'preview', id, left, right });
}

function errorKind(error: unknown): ErrorKind {
  return isInputError(error) || error instanceof RangeError ? 'input' : 'internal';
}

function messageOf(error: unknown): string {
  if (isInputError(error)) return error.message;
  if (error instanceof RangeError) return 'document too complex to compare (nesting or repetition too deep)';
  // Anything else is a bug in mdparity, not in the document: say so.
  return `internal error while comparing: ${error instanceof Error ? error.message : String(error)}`;
}
