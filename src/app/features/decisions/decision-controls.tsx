/**
 * Deciding the selected finding: accepted (intended), to fix, fixed, or back
 * to undecided, with an optional comment. The same controls sit in the
 * findings panel and in the selected row of the aligned view.
 */
import type { KeyboardEvent } from 'react';
import type { DecisionStatus } from '../../../core/decisions.js';
import { checkLabel, decisionIcon } from '../../shared/lib/labels.js';
import type { FindingView } from '../../protocol.js';
import { DecisionMark } from '../../shared/components/decision-mark.js';

export interface DecisionControlsProps {
  finding: FindingView;
  /** 1-based place among all findings, for the label. */
  number: number;
  place: 'panel' | 'view';
  comment: string;
  disabled: boolean;
  onComment: (text: string) => void;
  /** Saves the comment on a decided finding (Enter or leaving the field). */
  onCommitComment: () => void;
  onDecide: (status: DecisionStatus | null) => void;
}

const choices: Array<{ status: DecisionStatus; label: string; title: string }> = [
  { status: 'accepted', label: 'Accept', title: 'Accepted: the difference is intended' },
  { status: 'to-fix', label: 'To fix', title: 'To fix: one of the documents needs a change' },
  { status: 'fixed', label: 'Fixed', title: 'Fixed: the change has been made' },
];

export function DecisionControls({ finding, number, place, comment, disabled, onComment, onCommitComment, onDecide }: DecisionControlsProps) {
  const status = finding.decision?.status ?? 'undecided';
  const commentId = `decision-comment-${place}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommitComment();
    }
  };
  return (
    <div
      className={`decision decision-${place}`}
      role="group"
      aria-label={`Decision on finding ${number}: ${checkLabel(finding.check)}`}
      data-testid={`decision-${place}`}
    >
      <span className="decision-label">
        Finding {number} <span className="decision-check">{checkLabel(finding.check)}</span>
      </span>
      <DecisionMark status={status} compact />
      <span className="decision-buttons">
        {choices.map((choice) => (
          <button
            key={choice.status}
            type="button"
            className={`decide decide-${choice.status}`}
            aria-pressed={status === choice.status}
            disabled={disabled}
            title={choice.status === 'accepted' ? `${choice.title}. Press a to accept and go to the next finding.` : choice.title}
            onClick={() => onDecide(choice.status)}
          >
            <span aria-hidden="true">{decisionIcon[choice.status]} </span>
            {choice.label}
          </button>
        ))}
        <button
          type="button"
          className="decide decide-clear link-button"
          disabled={disabled || status === 'undecided'}
          onClick={() => onDecide(null)}
          title="Back to undecided"
        >
          Clear decision
        </button>
      </span>
      <label className="decision-comment" htmlFor={commentId}>
        <span className="sr-only">Comment (optional)</span>
        <input
          id={commentId}
          type="text"
          value={comment}
          placeholder={status === 'undecided' ? 'Comment (optional), then choose' : 'Comment (optional; Enter saves)'}
          maxLength={2000}
          disabled={disabled}
          onChange={(event) => onComment(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onCommitComment}
        />
      </label>
      {place === 'panel' && (
        <span className="decision-hint muted">
          <kbd>a</kbd> accept and next
        </span>
      )}
    </div>
  );
}
