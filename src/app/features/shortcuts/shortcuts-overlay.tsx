/** The `?` overlay: every keyboard shortcut, in a modal dialog. */
import { useEffect, useRef } from 'react';
import { shortcuts } from '../../shared/lib/shortcuts.js';

export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onKeyDown={(event) => event.key === '?' && onClose()}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key === 'Escape' ? 'Esc' : key}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Home</kbd> <kbd>End</kbd>
            </td>
            <td>Move in the aligned view, the findings table or the outline; Enter selects</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">
        Shortcuts use single keys without Ctrl, Alt or ⌘ (Ctrl+Z, undo, is the one exception), so they never replace a browser shortcut, and they
        pause while you type in a field.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
