/**
 * How an uncertain pairing is put in words, in every report and in the app:
 * a row the aligner is unsure of is an "uncertain pairing", never a match.
 */
import type { UncertainReason } from '../report/types.js';

const uncertainReasonWords: Record<UncertainReason, string> = {
  'no-shared-tokens': 'no shared link, code or number',
  'length-disagrees': 'lengths disagree',
  'order-broken': 'order broken nearby',
};

/** `no shared link, code or number, lengths disagree`. */
export function describeUncertainty(reasons: readonly UncertainReason[]): string {
  return reasons.map((reason) => uncertainReasonWords[reason]).join(', ');
}

export const uncertainLabel = 'uncertain pairing';
