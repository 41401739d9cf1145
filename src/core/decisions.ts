/**
 * Review decisions: a reviewer marks a finding accepted (intended), to-fix or
 * fixed, with an optional comment. Decisions are keyed by the finding's
 * fingerprint, so they survive edits elsewhere in either file; a decision
 * whose finding is gone is stale. They travel as `.mdparity-decisions.json`
 * next to the documents: this module reads, validates, writes and applies it.
 *
 * The same file holds the reviewer's pins (align/pins.ts): "this left block
 * belongs with that right block", or "has no counterpart", by block
 * fingerprint, so that the CLI aligns the pair as the reviewer did in the app.
 */
import type { Pin } from './align/pins.js';
import type { Severity } from './checks/types.js';
import type { Finding, Report } from './report/types.js';
import { atLeast } from './vocabulary/severity.js';

export const decisionStatuses = ['accepted', 'to-fix', 'fixed'] as const;

/** A finding still to act on: not accepted by a reviewer (accepted findings are intended and never fail a run). */
export function isOpen(finding: Pick<Finding, 'decision'>): boolean {
  return finding.decision?.status !== 'accepted';
}

/** What fails a run: an open finding at or above its `--fail-on`. */
export function failsRun(finding: Pick<Finding, 'decision' | 'severity'>, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && isOpen(finding) && atLeast(finding.severity, failOn);
}
export type DecisionStatus = (typeof decisionStatuses)[number];

export interface Decision {
  fingerprint: string;
  check: string;
  status: DecisionStatus;
  comment?: string;
  /** The pair the decision belongs to, as the paths were given; absent: any pair. */
  left?: string;
  right?: string;
  /** The finding's message when decided, so a stale decision can still say what it was about. */
  message?: string;
  /** ISO 8601. */
  decidedAt?: string;
}

/** A pin as saved: the blocks by fingerprint (a line number would not survive edits), and the pair it is for. */
export interface SavedPin {
  /** Null: the right block has no counterpart on the left. */
  left: { fingerprint: string } | null;
  /** Null: the left block has no counterpart on the right. */
  right: { fingerprint: string } | null;
  /** The pair the pin belongs to, as the paths were given (as a decision's `left` and `right`); absent: any pair. */
  leftPath?: string;
  rightPath?: string;
  /** ISO 8601. */
  pinnedAt?: string;
}

export interface DecisionsFile {
  version: 1;
  decisions: Decision[];
  /** Absent when there are none (files written before pins read as before). */
  pins?: SavedPin[];
}

export const decisionsFileName = '.mdparity-decisions.json';

export class DecisionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecisionsError';
  }
}

/** Parses and validates a decisions file; throws a DecisionsError naming what is wrong and where. */
export function parseDecisions(text: string): DecisionsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DecisionsError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new DecisionsError('must be a JSON object with "version" and "decisions"');
  for (const key of Object.keys(value)) {
    if (key !== 'version' && key !== 'decisions' && key !== 'pins' && key !== '$schema')
      throw new DecisionsError(`unknown key “${key}” (expected "version", "decisions" and "pins")`);
  }
  if (value.version !== 1) throw new DecisionsError(`"version" must be 1, not ${JSON.stringify(value.version)}`);
  if (!Array.isArray(value.decisions)) throw new DecisionsError('"decisions" must be an array');
  const decisions = value.decisions.map((entry, index) => validateDecision(entry, `decisions[${index}]`));
  if (value.pins === undefined) return { version: 1, decisions };
  if (!Array.isArray(value.pins)) throw new DecisionsError('"pins" must be an array');
  const pins = value.pins.map((entry, index) => validatePin(entry, `pins[${index}]`));
  return { version: 1, decisions, pins };
}

const pinStringFields = ['leftPath', 'rightPath', 'pinnedAt'] as const;

function validatePin(entry: unknown, where: string): SavedPin {
  if (!isObject(entry)) throw new DecisionsError(`${where} must be an object`);
  for (const key of Object.keys(entry)) {
    if (!['left', 'right', ...pinStringFields].includes(key)) throw new DecisionsError(`${where} has an unknown key “${key}”`);
  }
  const ref = (side: 'left' | 'right'): { fingerprint: string } | null => {
    const value = entry[side];
    if (value === null) return null;
    if (
      !isObject(value) ||
      Object.keys(value).some((key) => key !== 'fingerprint') ||
      typeof value.fingerprint !== 'string' ||
      !/^[0-9a-f]{16}$/.test(value.fingerprint)
    ) {
      throw new DecisionsError(`${where}.${side} must be {"fingerprint": "<16 hex digits>"} (a block fingerprint) or null`);
    }
    return { fingerprint: value.fingerprint };
  };
  const pin: SavedPin = { left: ref('left'), right: ref('right') };
  if (pin.left === null && pin.right === null) throw new DecisionsError(`${where} must name a block on at least one side`);
  for (const key of pinStringFields) {
    const field = entry[key];
    if (field === undefined) continue;
    if (typeof field !== 'string') throw new DecisionsError(`${where}.${key} must be a string`);
    pin[key] = field;
  }
  return pin;
}

const stringFields = ['comment', 'left', 'right', 'message', 'decidedAt'] as const;

function validateDecision(entry: unknown, where: string): Decision {
  if (!isObject(entry)) throw new DecisionsError(`${where} must be an object`);
  for (const key of Object.keys(entry)) {
    if (!['fingerprint', 'check', 'status', ...stringFields].includes(key)) throw new DecisionsError(`${where} has an unknown key “${key}”`);
  }
  if (typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{16}(-[0-9]+)?$/.test(entry.fingerprint)) {
    throw new DecisionsError(`${where}.fingerprint must be a finding fingerprint (16 hex digits)`);
  }
  if (typeof entry.check !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(entry.check)) throw new DecisionsError(`${where}.check must be a check id`);
  if (!decisionStatuses.includes(entry.status as DecisionStatus))
    throw new DecisionsError(`${where}.status must be ${decisionStatuses.join(', ')}; not ${JSON.stringify(entry.status)}`);
  const decision: Decision = { fingerprint: entry.fingerprint, check: entry.check, status: entry.status as DecisionStatus };
  for (const key of stringFields) {
    const field = entry[key];
    if (field === undefined) continue;
    if (typeof field !== 'string') throw new DecisionsError(`${where}.${key} must be a string`);
    decision[key] = field;
  }
  return decision;
}

/** Writes a decisions file: stable order (by pair, then fingerprint; pins in the order made), two-space JSON; no "pins" key without pins. */
export function serializeDecisions(decisions: readonly Decision[], pins: readonly SavedPin[] = []): string {
  const sorted = [...decisions].sort(
    (a, b) =>
      (a.right ?? '').localeCompare(b.right ?? '') || (a.left ?? '').localeCompare(b.left ?? '') || a.fingerprint.localeCompare(b.fingerprint),
  );
  const file: DecisionsFile = pins.length > 0 ? { version: 1, decisions: sorted, pins: [...pins] } : { version: 1, decisions: sorted };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The pins for a pair, as the aligner takes them (`CompareOptions.pins`), in the order made: a later pin on the
 * same block replaces an earlier one. Pairs match as decisions do (`samePath`).
 */
export function pinsForPair(pins: readonly SavedPin[], pair: PairPaths): Pin[] {
  return pins
    .filter((pin) => pinBelongsToPair(pin, pair))
    .map((pin) => ({ left: pin.left && { fingerprint: pin.left.fingerprint }, right: pin.right && { fingerprint: pin.right.fingerprint } }));
}

/** Does this pin belong to the pair? Its paths match as a decision's do. */
export function pinBelongsToPair(pin: SavedPin, pair: PairPaths): boolean {
  return samePath(pin.leftPath, pair.left) && samePath(pin.rightPath, pair.right);
}

/** Two saved pins on one block of one pair: the later replaces the earlier. */
function samePinnedBlock(a: SavedPin, b: SavedPin): boolean {
  if (a.leftPath !== b.leftPath || a.rightPath !== b.rightPath) return false;
  return (a.left !== null && a.left.fingerprint === b.left?.fingerprint) || (a.right !== null && a.right.fingerprint === b.right?.fingerprint);
}

/** The list with this pin added last, without the pins it replaces (those on either of its blocks, for its pair). */
export function withPin(list: readonly SavedPin[], pin: SavedPin): SavedPin[] {
  return [...list.filter((entry) => !samePinnedBlock(entry, pin)), pin];
}

/** The decision record for a finding of a report. */
export function decide(report: Report, finding: Finding, status: DecisionStatus, comment?: string, decidedAt?: string): Decision {
  const decision: Decision = { fingerprint: finding.fingerprint, check: finding.check, status, message: finding.message };
  if (comment) decision.comment = comment;
  if (report.left.path) decision.left = report.left.path;
  if (report.right.path) decision.right = report.right.path;
  if (decidedAt) decision.decidedAt = decidedAt;
  return decision;
}

/** Which finding a decision is for: its check and fingerprint. Two decisions with one key are for the same finding. */
export function decisionKey(decision: { check: string; fingerprint: string }): string {
  return `${decision.check} ${decision.fingerprint}`;
}

/** The two paths of a pair of files, as the caller knows them (a CLI's repository paths, the app's file names); null: unknown. */
export interface PairPaths {
  left: string | null;
  right: string | null;
}

/** The one pair matcher: does this decision belong to the pair? Both paths must match (see `samePath`). */
export function belongsToPair(decision: Decision, pair: PairPaths): boolean {
  return samePath(decision.left, pair.left) && samePath(decision.right, pair.right);
}

/** The decisions that belong to the pair. */
export function decisionsForPair(pair: PairPaths | Report, decisions: readonly Decision[]): Decision[] {
  const paths = 'findings' in pair ? { left: pair.left.path, right: pair.right.path } : pair;
  return decisions.filter((decision) => belongsToPair(decision, paths));
}

/** What a finding carries of its decision. */
type FindingDecision = NonNullable<Finding['decision']>;

export interface Applied<F> {
  /** The findings, decided ones with `decision` set (new objects); the others are the same objects. */
  findings: F[];
  /** The pair's decisions whose finding is not among the findings. */
  stale: Decision[];
  /** How many decisions matched a finding. */
  applied: number;
}

/**
 * The one apply: marks findings with the pair's decisions. The caller passes
 * its pair (the CLI the report's paths, the app its file names); decisions of
 * other pairs are left out, neither applied nor stale.
 */
export function applyToFindings<F extends Pick<Finding, 'check' | 'fingerprint' | 'decision'>>(
  findings: readonly F[],
  decisions: readonly Decision[],
  pair: PairPaths,
): Applied<F> {
  const mine = decisionsForPair(pair, decisions);
  const byKey = new Map(mine.map((decision) => [decisionKey(decision), decision]));
  const used = new Set<Decision>();
  const marked = findings.map((finding) => {
    const decision = byKey.get(decisionKey(finding));
    if (!decision) return finding;
    used.add(decision);
    const mark: FindingDecision = decision.comment ? { status: decision.status, comment: decision.comment } : { status: decision.status };
    return { ...finding, decision: mark };
  });
  return { findings: marked, stale: mine.filter((decision) => !used.has(decision)), applied: used.size };
}

export interface AppliedDecisions {
  /** The report with `decision` set on decided findings. */
  report: Report;
  /** Decisions for this pair whose finding no longer exists. */
  stale: Decision[];
}

/** Marks the report's findings with their decisions and finds the stale ones. The input report is not changed. */
export function applyDecisions(report: Report, decisions: readonly Decision[]): AppliedDecisions {
  const { findings, stale, applied } = applyToFindings(report.findings, decisions, { left: report.left.path, right: report.right.path });
  const accepted = findings.filter((finding) => !isOpen(finding)).length;
  return { report: { ...report, summary: { ...report.summary, accepted }, findings, decisions: { applied, stale } }, stale };
}

/** The list with this decision added, or replacing the one for the same finding. */
export function withDecision(list: readonly Decision[], decision: Decision): Decision[] {
  const key = decisionKey(decision);
  const at = list.findIndex((entry) => decisionKey(entry) === key);
  if (at < 0) return [...list, decision];
  const next = [...list];
  next[at] = decision;
  return next;
}

/** The list without the decision for the finding with this key. */
export function withoutDecision(list: readonly Decision[], key: string): Decision[] {
  return list.filter((entry) => decisionKey(entry) !== key);
}

export interface Merged {
  list: Decision[];
  added: number;
  replaced: number;
}

/** Decisions merged into a list: one for a finding already decided replaces that decision. */
export function mergeDecisions(list: readonly Decision[], incoming: readonly Decision[]): Merged {
  let next = [...list];
  let added = 0;
  let replaced = 0;
  for (const decision of incoming) {
    const exists = next.some((entry) => decisionKey(entry) === decisionKey(decision));
    next = withDecision(next, decision);
    if (exists) replaced++;
    else added++;
  }
  return { list: next, added, replaced };
}

/**
 * A decision without a path applies to any pair. Otherwise the paths match
 * when one ends with the other at a `/` boundary (`./`, backslashes and
 * Unicode form normalised): the app knows `smo.is.md`, CI runs on `docs/is/smo.is.md`.
 */
function samePath(decided: string | undefined, actual: string | null): boolean {
  if (decided === undefined || actual === null) return true;
  const normal = (path: string) =>
    path
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .normalize('NFC');
  const a = normal(decided);
  const b = normal(actual);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer === shorter || longer.endsWith(`/${shorter}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
