/**
 * Decisions whose finding is gone from this comparison (the lines changed,
 * the finding was fixed, or the configuration turned its check off): listed,
 * not dropped, so the reviewer sees them and forgets them on purpose.
 */
import type { Decision } from '../../../core/decisions.js';
import { checkLabel } from '../../shared/lib/labels.js';
import { DecisionMark } from '../../shared/components/decision-mark.js';

export function StaleDecisions({
  stale,
  offChecks,
  onForget,
}: {
  stale: readonly Decision[];
  offChecks: readonly string[];
  onForget: (decision: Decision) => void;
}) {
  if (stale.length === 0) return null;
  return (
    <section className="stale" aria-labelledby="stale-title" data-testid="stale-decisions">
      <h3 id="stale-title" className="stale-title">
        <span aria-hidden="true">⚠ </span>
        {stale.length} stale decision{stale.length === 1 ? '' : 's'}: {stale.length === 1 ? 'its finding is' : 'their findings are'} not in this
        comparison
      </h3>
      <ul className="stale-list">
        {stale.map((decision) => (
          <li key={`${decision.check} ${decision.fingerprint}`} className="stale-item">
            <DecisionMark status={decision.status} compact />
            <span className="check-name">{checkLabel(decision.check)}</span>
            {offChecks.includes(decision.check) && <span className="stale-why">(check turned off by the configuration)</span>}
            <span className="stale-message" title={decision.message}>
              {decision.message ?? `fingerprint ${decision.fingerprint}`}
            </span>
            {decision.comment && <span className="stale-comment">“{decision.comment}”</span>}
            {decision.decidedAt && <span className="muted stale-date">{formatDate(decision.decidedAt)}</span>}
            <button
              type="button"
              className="link-button"
              onClick={() => onForget(decision)}
              aria-label={`Forget the stale ${checkLabel(decision.check)} decision`}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
