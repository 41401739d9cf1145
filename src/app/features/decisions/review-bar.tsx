/**
 * The review lines of the findings panel: the selected finding's decision
 * controls; how many findings are decided and whether that is saved, and the
 * decisions file (.mdparity-decisions.json) out and in.
 */
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import type { SaveState } from './use-decisions.js';

export interface ReviewBarProps {
  controls: ReactNode;
  decided: number;
  total: number;
  save: SaveState;
  ready: boolean;
  decisionsCount: number;
  onExport: () => void;
  onImportFile: (file: File) => void;
}

const saveText: Record<SaveState, string> = {
  idle: 'saved in this browser',
  saved: 'saved in this browser',
  saving: 'saving…',
  failed: 'not saved: this browser refused; export them to keep them',
  unreadable: 'the saved decisions could not be read; new ones last for this page only',
};

export function ReviewBar({ controls }: { controls: ReactNode }) {
  return (
    <div className="review-bar">
      <div className="review-controls">
        {controls ?? <span className="muted">Select a finding to decide it: accept it, mark it to fix, or fixed.</span>}
      </div>
    </div>
  );
}

/** How many findings are decided, whether that is saved, and the decisions file out and in. */
export function ReviewFile({ decided, total, save, ready, decisionsCount, onExport, onImportFile }: Omit<ReviewBarProps, 'controls'>) {
  const inputRef = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onImportFile(file);
  };
  return (
    <div className="review-file">
      <span className="review-count" data-testid="decided-count" data-save={save}>
        {decided} of {total} decided
        {decisionsCount > 0 && <span className={save === 'failed' || save === 'unreadable' ? 'review-save-bad' : 'muted'}> · {saveText[save]}</span>}
      </span>
      <input ref={inputRef} type="file" accept=".json,application/json" hidden onChange={picked} data-testid="file-decisions" />
      <button
        type="button"
        onClick={onExport}
        disabled={!ready || decisionsCount === 0}
        data-testid="export-decisions"
        title="Download .mdparity-decisions.json, for the CLI's --decisions option (some browsers save it without the leading dot)"
      >
        Export decisions
      </button>
      <button type="button" onClick={() => inputRef.current?.click()} disabled={!ready} data-testid="import-decisions">
        Import decisions…
      </button>
    </div>
  );
}
