/**
 * Deciding the selected finding: accepted (intended), to fix, fixed, or back
 * to undecided, with an optional comment. The same controls sit in the
 * findings panel and in the selected row of the aligned view.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { DecisionStatus } from '../../../core/decisions.js';
import { checkLabel, decisionIcon } from '../../shared/lib/labels.js';
import type { FindingView } from '../../protocol.js';
import { DecisionMark } from '../../shared/components/decision-mark.js';

export interface DecisionControlsProps {
  finding: FindingView;
  /** “Finding 3 of 156”: its place in the order shown (the counter's numbering). */
  number: string;
  place: 'panel' | 'view';
  comment: string;
  disabled: boolean;
  onComment: (text: string) => void;
  /** Saves the comment on a decided finding (Enter or leaving the field). */
  onCommitComment: () => void;
  onDecide: (status: DecisionStatus | null) => void;
  /** The finding's mechanical fix, when it has one (shown under the message). */
  fix?: ReactNode;
}

const choices: Array<{ status: DecisionStatus; label: string; title: string; key: string }> = [
  { status: 'accepted', label: 'Accept', title: 'Accepted: the difference is intended', key: 'a' },
  { status: 'to-fix', label: 'To fix', title: 'To fix: one of the documents needs a change', key: 'x' },
  { status: 'fixed', label: 'Fixed', title: 'Fixed: the change has been made', key: 'd' },
];

export function DecisionControls({ finding, number, place, comment, disabled, onComment, onCommitComment, onDecide, fix }: DecisionControlsProps) {
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
      aria-label={`Decision on ${number.toLowerCase()}: ${checkLabel(finding.check)}`}
      data-testid={`decision-${place}`}
    >
      <span className="decision-label">
        {number} <span className="decision-check">{checkLabel(finding.check)}</span>{' '}
        <span className={`decision-severity severity-${finding.severity}`}>{finding.severity}</span>
      </span>
      {/* The whole message, never clamped (it may hold the one detail that matters), beside the finding in the view. */}
      {place === 'view' && (
        <p className="decision-message" data-testid="decision-message-view">
          {finding.message}
        </p>
      )}
      {fix}
      <DecisionMark status={status} compact />
      <span className="decision-buttons">
        {choices.map((choice) => (
          <button
            key={choice.status}
            type="button"
            className={`decide decide-${choice.status}`}
            aria-pressed={status === choice.status}
            disabled={disabled}
            title={`${choice.title}. Press ${choice.key} to mark it and go to the next finding.`}
            onClick={() => onDecide(choice.status)}
          >
            <span aria-hidden="true">{decisionIcon[choice.status]} </span>
            {choice.label} <kbd aria-hidden="true">{choice.key}</kbd>
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
      {place === 'view' && (
        <span className="decision-hint muted">
          <kbd>a</kbd> <kbd>x</kbd> <kbd>d</kbd> decide and next · <kbd>u</kbd> undo
        </span>
      )}
    </div>
  );
}
