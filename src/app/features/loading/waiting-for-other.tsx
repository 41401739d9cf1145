/**
 * One version is open, the other not yet: say so, and offer to open the
 * other one (or drop it anywhere), instead of comparing it with the sample.
 */
import { useRef, type ChangeEvent } from 'react';
import type { DocumentInput } from '../../protocol.js';
import { readFiles, type PairUpdate } from './read-files.js';
import type { Side } from '../../../core/vocabulary/side.js';

/** One version open, waiting for the other. */
export interface Waiting {
  side: Side;
  document: DocumentInput;
}

export function WaitingForOther({
  waiting,
  onCancel,
  onLoad,
  onError,
}: {
  waiting: Waiting;
  onCancel: () => void;
  onLoad: (update: PairUpdate) => void;
  onError: (message: string) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const other = waiting.side === 'left' ? 'right' : 'left';
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0)
      readFiles(files.slice(0, 1), other).then(onLoad, (error: unknown) => onError(error instanceof Error ? error.message : String(error)));
  };
  return (
    <main className="waiting" data-testid="waiting-for-other" aria-labelledby="waiting-title">
      <div className="waiting-sides">
        <div className={`waiting-side waiting-${waiting.side} waiting-open`}>
          <span className="waiting-label">{waiting.side === 'left' ? 'Left' : 'Right'}</span>
          <span className="waiting-name">{waiting.document.name}</span>
          <span className="muted">{waiting.document.text.split('\n').length.toLocaleString('en')} lines</span>
        </div>
        <div className={`waiting-side waiting-${other} waiting-missing`}>
          <span className="waiting-label">{other === 'left' ? 'Left' : 'Right'}</span>
          <h2 id="waiting-title" className="waiting-title">
            Now open the other version
          </h2>
          <p className="muted">
            The {other} side is empty: open or drop the translation to compare {waiting.document.name} with it.
          </p>
          <input
            ref={inputRef}
            type="file"
            accept=".md,.markdown,.mdx,.txt,text/markdown,text/plain"
            hidden
            onChange={picked}
            data-testid="file-other"
          />
          <span className="waiting-actions">
            <button type="button" className="primary" onClick={() => inputRef.current?.click()}>
              Open the {other} version…
            </button>
            <button type="button" className="link-button" onClick={onCancel}>
              Cancel
            </button>
          </span>
        </div>
      </div>
    </main>
  );
}
