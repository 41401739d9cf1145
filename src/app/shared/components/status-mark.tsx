/** A row's or finding's status: icon and word, with color as a third cue only. */
import { statusIcon, statusText, type RowStatus } from '../lib/labels.js';

export function StatusMark({ status, compact = false }: { status: RowStatus; compact?: boolean }) {
  return (
    <span className={`status status-${status}`} data-status={status}>
      <span className="status-icon" aria-hidden="true">
        {statusIcon[status]}
      </span>
      <span className={compact ? 'status-text status-text-compact' : 'status-text'}>{statusText[status]}</span>
    </span>
  );
}
