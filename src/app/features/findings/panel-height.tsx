/**
 * The findings panel's height: its top edge is a splitter (dragged, or set
 * from the keyboard), kept in this browser so a reload opens it as it was left.
 */
import type { ReactNode } from 'react';
import { useSplitter } from '../../shared/hooks/use-splitter.js';

const minHeight = 140;
/** The aligned view keeps this much room: a row, its sticky heading and the selected finding's panel. */
const viewRoom = 380;

export function usePanelHeight(): { height: number | null; handle: ReactNode } {
  const { size, handle } = useSplitter({
    storageKey: 'mdparity:findings-height',
    dimension: 'height',
    min: minHeight,
    max: () => Math.max(minHeight, window.innerHeight - viewRoom),
    step: 40,
    label: 'Findings panel height (arrow keys; Home, End; Enter restores it)',
    controls: 'findings-panel',
    className: 'findings-resize',
    testId: 'findings-resize',
  });
  return { height: size, handle };
}
