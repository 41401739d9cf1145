/** Paste or edit both documents as text: a modal dialog with one field per side. */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { checkPastedText } from '../../shared/lib/decode-file.js';
import type { DocumentInput } from '../../protocol.js';
import type { PairUpdate } from './read-files.js';

interface PasteDialogProps {
  open: boolean;
  current: { left: DocumentInput; right: DocumentInput } | null;
  onClose: () => void;
  onLoad: (update: PairUpdate) => void;
  onError: (message: string) => void;
}

export function PasteDialog({ open, current, onClose, onLoad, onError }: PasteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [left, setLeft] = useState<DocumentInput>({ name: 'left.md', text: '' });
  const [right, setRight] = useState<DocumentInput>({ name: 'right.md', text: '' });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setLeft(current?.left ?? { name: 'left.md', text: '' });
      setRight(current?.right ?? { name: 'right.md', text: '' });
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
    // Opening fills the fields from the current pair; edits while open are the user's.
  }, [open]);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const update = {
        left: { name: left.name.trim() || 'left.md', text: checkPastedText(left.name || 'left', left.text) },
        right: { name: right.name.trim() || 'right.md', text: checkPastedText(right.name || 'right', right.text) },
      };
      onLoad(update);
      onClose();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <dialog ref={ref} className="paste-dialog" aria-labelledby="paste-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="paste-title">Paste or edit the two documents</h2>
        <div className="paste-sides">
          {(
            [
              ['left', left, setLeft],
              ['right', right, setRight],
            ] as const
          ).map(([side, doc, set]) => (
            <fieldset key={side} className="paste-side">
              <legend>{side === 'left' ? 'Left' : 'Right'}</legend>
              <label>
                File name (a language tag such as <code>guide.de.md</code> sets the language)
                <input type="text" value={doc.name} onChange={(event) => set({ ...doc, name: event.target.value })} spellCheck={false} />
              </label>
              <label>
                Markdown
                <textarea value={doc.text} onChange={(event) => set({ ...doc, text: event.target.value })} rows={16} spellCheck={false} />
              </label>
            </fieldset>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Compare
          </button>
        </div>
      </form>
    </dialog>
  );
}
