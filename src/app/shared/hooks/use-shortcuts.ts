/** Binds the shortcuts list to the document, outside text fields. */
import { useEffect, useRef } from 'react';
import { actionFor, type ShortcutAction } from '../lib/shortcuts.js';

export function useShortcuts(handler: (action: ShortcutAction, event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionFor(event);
      if (!action) return;
      if (action !== 'escape' && isTextField(event.target)) return;
      // A dialog handles its own keys (Escape closes it natively).
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      latest.current(action, event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'file', 'submit', 'reset'].includes(target.type);
}
