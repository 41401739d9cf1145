/** A finding's review decision: icon and word, color as a third cue only. */
import { decisionIcon, decisionText, type DecisionLabel } from '../lib/labels.js';

export function DecisionMark({ status, comment, compact = false }: { status: DecisionLabel; comment?: string; compact?: boolean }) {
  return (
    <span
      className={`dmark dmark-${status}${compact ? ' dmark-compact' : ''}`}
      data-decision={status}
      title={comment ? `${decisionText[status]}: ${comment}` : undefined}
    >
      <span className="dmark-icon" aria-hidden="true">
        {decisionIcon[status]}
      </span>
      <span className="dmark-text">{decisionText[status]}</span>
      {comment && !compact && (
        <span className="dmark-comment">
          <span className="sr-only">, comment: </span>
          <span aria-hidden="true"> · </span>
          {comment}
        </span>
      )}
    </span>
  );
}
