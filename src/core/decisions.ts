/**
 * Review decisions: a reviewer marks a finding accepted (intended), to-fix or
 * fixed, with an optional comment. Decisions are keyed by the finding's
 * fingerprint, so they survive edits elsewhere in either file; a decision
 * whose finding is gone is stale. They travel as `.mdparity-decisions.json`
 * next to the documents: this module reads, validates, writes and applies it.
 */
import type { Finding, Report } from './report/types.js';

export const decisionStatuses = ['accepted', 'to-fix', 'fixed'] as const;
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

export interface DecisionsFile {
  version: 1;
  decisions: Decision[];
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
    if (key !== 'version' && key !== 'decisions' && key !== '$schema')
      throw new DecisionsError(`unknown key “${key}” (expected "version" and "decisions")`);
  }
  if (value.version !== 1) throw new DecisionsError(`"version" must be 1, not ${JSON.stringify(value.version)}`);
  if (!Array.isArray(value.decisions)) throw new DecisionsError('"decisions" must be an array');
  const decisions = value.decisions.map((entry, index) => validateDecision(entry, `decisions[${index}]`));
  return { version: 1, decisions };
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

/** Writes a decisions file: stable order (by pair, then fingerprint), two-space JSON. */
export function serializeDecisions(decisions: readonly Decision[]): string {
  const sorted = [...decisions].sort(
    (a, b) =>
      (a.right ?? '').localeCompare(b.right ?? '') || (a.left ?? '').localeCompare(b.left ?? '') || a.fingerprint.localeCompare(b.fingerprint),
  );
  return `${JSON.stringify({ version: 1, decisions: sorted } satisfies DecisionsFile, null, 2)}\n`;
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

export interface AppliedDecisions {
  /** The report with `decision` set on decided findings. */
  report: Report;
  /** Decisions for this pair whose finding no longer exists. */
  stale: Decision[];
}

/** Marks the report's findings with their decisions and finds the stale ones. The input report is not changed. */
export function applyDecisions(report: Report, decisions: readonly Decision[]): AppliedDecisions {
  const mine = decisionsForPair(report, decisions);
  const byFingerprint = new Map(mine.map((decision) => [`${decision.check} ${decision.fingerprint}`, decision]));
  const used = new Set<Decision>();
  const findings = report.findings.map((finding) => {
    const decision = byFingerprint.get(`${finding.check} ${finding.fingerprint}`);
    if (!decision) return finding;
    used.add(decision);
    return { ...finding, decision: decision.comment ? { status: decision.status, comment: decision.comment } : { status: decision.status } };
  });
  const stale = mine.filter((decision) => !used.has(decision));
  return { report: { ...report, findings, decisions: { applied: used.size, stale } }, stale };
}

/** The decisions that belong to the report's pair of files. */
export function decisionsForPair(report: Report, decisions: readonly Decision[]): Decision[] {
  return decisions.filter((decision) => samePath(decision.left, report.left.path) && samePath(decision.right, report.right.path));
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
