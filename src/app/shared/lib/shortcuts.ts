/**
 * The keyboard shortcuts, one list for the handler and the `?` overlay.
 * Single keys without Ctrl, Alt or Meta: browsers bind none of them, and they
 * are ignored while typing in a field.
 */
export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'accept-next'
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
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return byKey.get(event.key) ?? null;
}
