/** A mechanical fix: whole lines of the translation replaced, each with the finding it answers. */
import type { Finding } from '../report/types.js';

export interface LineEdit {
  /** 1-based line of the translation (the right file). */
  line: number;
  before: string;
  after: string;
}

export interface Fix {
  /** The finding the fix answers (its check and fingerprint). */
  finding: Pick<Finding, 'check' | 'fingerprint' | 'message'>;
  /** What the fix does, in words. */
  description: string;
  edits: LineEdit[];
}

/**
 * A fixer for one check: given a finding and both texts as lines, the edits
 * to the right (translation) lines that make the right side what the finding
 * asks, or null when the fix is not mechanical and certain (then nothing is done).
 */
export type Fixer = (finding: Finding, left: readonly string[], right: readonly string[]) => Fix | null;

/** A finding as fixes name it (which findings a fix answers, which a reviewer asked to fix): its check and fingerprint. */
export const fixKey = (finding: Pick<Finding, 'check' | 'fingerprint'>): string => `${finding.check} ${finding.fingerprint}`;
