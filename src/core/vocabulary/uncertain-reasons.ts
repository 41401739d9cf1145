/** Why a pairing is uncertain, in words, for messages and views (the reasons themselves: report/types.ts). */
import type { UncertainReason } from '../report/types.js';

const uncertainReasonWords: Record<UncertainReason, string> = {
  'no-shared-tokens': 'no shared link, code or number',
  'length-disagrees': 'lengths disagree',
  'order-broken': 'order broken nearby',
};

/** The reasons in words, joined: “no shared link, code or number; lengths disagree”. */
export function uncertaintyInWords(reasons: readonly UncertainReason[]): string {
  return reasons.map((reason) => uncertainReasonWords[reason]).join('; ');
}
