/** Words for ids the core uses: checks, severities, block kinds, languages. */
// A leaf module of the core (no parser behind it), so the main bundle stays small.
import { kindNames } from '../../../core/vocabulary/kind-names.js';
import { uncertainLabel } from '../../../core/vocabulary/uncertainty.js';
import type { RowSeverity } from '../../protocol.js';

export function checkLabel(check: string): string {
  const words = check.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const severityLabel: Record<'error' | 'warning' | 'info', string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Icons are text, so they carry meaning without color and need no image requests. */
const severityIcon: Record<'error' | 'warning' | 'info', string> = { error: '✕', warning: '▲', info: 'i' };

/**
 * `pending`: a paired row of a pair still being compared (its first rows shown before its findings).
 * `uncertain`: a pairing the aligner is unsure of, with no warning or error: never shown as a match (its
 * findings are info, since they may compare blocks that are not translations of each other).
 */
export type RowStatus = 'error' | 'warning' | 'info' | 'match' | 'left-only' | 'right-only' | 'pending' | 'uncertain';

export function rowStatus(severity: RowSeverity, hasLeft: boolean, hasRight: boolean, uncertain = false): RowStatus {
  if (severity === 'error' || severity === 'warning') return severity;
  if (uncertain && hasLeft && hasRight) return 'uncertain';
  if (severity) return severity;
  if (!hasRight) return 'left-only';
  if (!hasLeft) return 'right-only';
  return 'match';
}

export const statusText: Record<RowStatus, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  match: 'Match',
  'left-only': 'Left only',
  'right-only': 'Right only',
  pending: 'Checking',
  uncertain: uncertainLabel.charAt(0).toUpperCase() + uncertainLabel.slice(1),
};

export const statusIcon: Record<RowStatus, string> = {
  ...severityIcon,
  match: '✓',
  'left-only': '◧',
  'right-only': '◨',
  pending: '…',
  uncertain: '?',
};

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(tag: string | null): string {
  if (!tag) return 'language unknown';
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function kindName(kind: string): string {
  return (kindNames as Record<string, string>)[kind] ?? kind;
}

/** Review decisions: a word and an icon each (text glyphs, like the severities). */
export type DecisionLabel = 'undecided' | 'accepted' | 'to-fix' | 'fixed';

export const decisionText: Record<DecisionLabel, string> = { undecided: 'Undecided', accepted: 'Accepted', 'to-fix': 'To fix', fixed: 'Fixed' };

export const decisionIcon: Record<DecisionLabel, string> = { undecided: '○', accepted: '✓', 'to-fix': '⚑', fixed: '◉' };

/** The languages the side pickers offer (a side's own language is always offered too). */
export const languageChoices: readonly string[] = ['ar', 'de', 'en', 'es', 'fa', 'fr', 'he', 'it', 'ja', 'ko', 'pl', 'pt', 'ru', 'uk', 'ur', 'zh'];
