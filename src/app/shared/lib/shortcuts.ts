/**
 * The keyboard shortcuts, one list for the handler and the `?` overlay.
 * Single keys without Ctrl, Alt or Meta (browsers bind none of them), ignored
 * while typing in a field; Ctrl+Z (⌘Z) is the one chord, undo, as everywhere.
 */
export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'accept-next'
  | 'to-fix-next'
  | 'fixed-next'
  | 'undo'
  | 'search'
  | 'help'
  | 'collapse'
  | 'expand-all'
  | 'mode'
  | 'swap'
  | 'open'
  | 'theme'
  | 'focus-view'
  | 'focus-findings'
  | 'focus-outline'
  | 'escape';

export interface Shortcut {
  keys: string[];
  action: ShortcutAction;
  description: string;
}

export const shortcuts: readonly Shortcut[] = [
  { keys: ['j', 'n'], action: 'next', description: 'Next finding' },
  { keys: ['k', 'p'], action: 'previous', description: 'Previous finding' },
  { keys: ['a'], action: 'accept-next', description: 'Accept the selected finding (intended) and go to the next one' },
  { keys: ['x'], action: 'to-fix-next', description: 'Mark the selected finding to fix and go to the next one' },
  { keys: ['d'], action: 'fixed-next', description: 'Mark the selected finding fixed (done) and go to the next one' },
  { keys: ['u', 'Ctrl+Z'], action: 'undo', description: 'Undo the last decision (one finding or a whole group)' },
  { keys: ['/'], action: 'search', description: 'Search findings' },
  { keys: ['c'], action: 'collapse', description: 'Collapse or show rows without findings' },
  { keys: ['e'], action: 'expand-all', description: 'Expand all collapsed rows' },
  { keys: ['r'], action: 'mode', description: 'Switch between source and rendered preview' },
  { keys: ['s'], action: 'swap', description: 'Swap left and right' },
  { keys: ['o'], action: 'open', description: 'Open two files' },
  { keys: ['t'], action: 'theme', description: 'Switch theme (system, light, dark)' },
  { keys: ['v'], action: 'focus-view', description: 'Focus the aligned view' },
  { keys: ['f'], action: 'focus-findings', description: 'Focus the findings table' },
  { keys: ['l'], action: 'focus-outline', description: 'Focus the outline' },
  { keys: ['?'], action: 'help', description: 'Show or hide this list' },
  { keys: ['Escape'], action: 'escape', description: 'Close a dialog, or clear the selection' },
];

const byKey = new Map(shortcuts.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.action] as const)));

export function actionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ShortcutAction | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') return 'undo';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return byKey.get(event.key) ?? null;
}
