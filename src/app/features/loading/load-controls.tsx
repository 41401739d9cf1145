/** The toolbar's loading controls: file pickers per side and for both, paste/edit, swap, and the sample pair. */
import { useRef, type ChangeEvent, type RefObject } from 'react';
import { readFiles, type PairUpdate } from './read-files.js';
import type { Side } from '../../../core/vocabulary/side.js';

interface LoadControlsProps {
  onLoad: (update: PairUpdate) => void;
  onError: (message: string) => void;
  onSwap: () => void;
  onPaste: () => void;
  onSample: () => void;
  /** The "open two files" input, so the `o` shortcut can open it. */
  pairInputRef: RefObject<HTMLInputElement | null>;
}

const accept = '.md,.markdown,.mdx,.txt,text/markdown,text/plain';

export function LoadControls({ onLoad, onError, onSwap, onPaste, onSample, pairInputRef }: LoadControlsProps) {
  const leftRef = useRef<HTMLInputElement>(null);
  const rightRef = useRef<HTMLInputElement>(null);
  const picked = (side: Side) => (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) readFiles(files, side).then(onLoad, (error: unknown) => onError(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div className="load-controls" role="group" aria-label="Documents">
      <input ref={leftRef} type="file" accept={accept} hidden onChange={picked('left')} data-testid="file-left" />
      <input ref={rightRef} type="file" accept={accept} hidden onChange={picked('right')} data-testid="file-right" />
      <input ref={pairInputRef} type="file" accept={accept} multiple hidden onChange={picked('left')} data-testid="file-pair" />
      <button type="button" onClick={() => pairInputRef.current?.click()} title="Open two files (o)">
        Open pair…
      </button>
      <button type="button" onClick={() => leftRef.current?.click()}>
        Open left…
      </button>
      <button type="button" onClick={() => rightRef.current?.click()}>
        Open right…
      </button>
      <button type="button" onClick={onPaste}>
        Paste / edit…
      </button>
      <button type="button" onClick={onSwap} title="Swap sides (s)">
        <span aria-hidden="true">⇄ </span>Swap
      </button>
      <button type="button" onClick={onSample}>
        Sample pair
      </button>
    </div>
  );
}
