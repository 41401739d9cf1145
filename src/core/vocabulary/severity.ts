/** Severities, most severe first, and the one way to order and compare them. */
import type { Severity } from '../checks/types.js';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for error, 1 for warning, 2 for info: sort ascending for most severe first. */
export function severityIndex(severity: Severity): number {
  return severities.indexOf(severity);
}

/** True when `severity` is `threshold` or more severe. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityIndex(severity) <= severityIndex(threshold);
}

/** The most severe of the given severities, or null for none. */
export function worstSeverity(list: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const severity of list) if (worst === null || severityIndex(severity) < severityIndex(worst)) worst = severity;
  return worst;
}
