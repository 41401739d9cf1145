/**
 * The findings panel's height: dragged by its top edge, or set from the
 * keyboard on that edge (a focusable separator, as ARIA's window splitter
 * pattern has it: arrows step, Home and End go to the limits, Enter restores
 * the default), kept in this browser so a reload opens it as it was left.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';

const heightKey = 'mdparity:findings-height';
const minHeight = 140;
/** The aligned view keeps this much room: a row, its sticky heading and the selected finding's panel. */
const viewRoom = 380;
const step = 40;

function maxHeight(): number {
  return Math.max(minHeight, window.innerHeight - viewRoom);
}

function clamp(value: number): number {
  return Math.round(Math.max(minHeight, Math.min(maxHeight(), value)));
}

function savedHeight(): number | null {
  try {
    const saved = Number(localStorage.getItem(heightKey));
    // Clamped again: the window may be smaller than when it was saved.
    return Number.isFinite(saved) && saved >= minHeight ? clamp(saved) : null;
  } catch {
    return null;
  }
}

export function usePanelHeight(): { height: number | null; handle: ReactNode } {
  const [height, setHeight] = useState<number | null>(savedHeight);
  // The height the panel has by default (from its CSS), so that the separator always says its value.
  const [natural, setNatural] = useState<number | null>(null);
  const handleRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (height === null) setNatural(Math.round(handleRef.current?.parentElement?.getBoundingClientRect().height ?? 0) || null);
  }, [height]);

  const set = (value: number | null) => {
    const next = value === null ? null : clamp(value);
    setHeight(next);
    try {
      if (next === null) localStorage.removeItem(heightKey);
      else localStorage.setItem(heightKey, String(next));
    } catch {
      // Not kept: the height lasts for this page.
    }
  };
  const current = () => height ?? handleRef.current?.parentElement?.getBoundingClientRect().height ?? 300;

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const panel = event.currentTarget.parentElement;
    if (!panel) return;
    event.preventDefault();
    const startY = event.clientY;
    const startHeight = panel.getBoundingClientRect().height;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => set(startHeight + startY - e.clientY);
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const size = event.shiftKey ? step * 3 : step;
    const next =
      event.key === 'ArrowUp'
        ? current() + size
        : event.key === 'ArrowDown'
          ? current() - size
          : event.key === 'Home'
            ? minHeight
            : event.key === 'End'
              ? maxHeight()
              : event.key === 'Enter'
                ? null
                : undefined;
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };

  const handle = (
    <div
      ref={handleRef}
      className="findings-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-controls="findings-panel"
      aria-label="Findings panel height (arrow keys; Home, End; Enter restores it)"
      aria-valuenow={height ?? natural ?? undefined}
      aria-valuemin={minHeight}
      aria-valuemax={maxHeight()}
      aria-valuetext={`${height ?? natural ?? ''} pixels${height === null ? ' (default)' : ''}`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => set(null)}
      data-testid="findings-resize"
    />
  );
  return { height, handle };
}
