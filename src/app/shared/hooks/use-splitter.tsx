/**
 * A panel's size set by a splitter on one of its edges: dragged, or set from
 * the keyboard on that edge (a focusable separator, as ARIA's window splitter
 * pattern has it: arrows step, Home and End go to the limits, Enter restores
 * the default), kept in this browser so a reload opens it as it was left.
 * The findings panel's height (its top edge) and the outline's width (its
 * right edge) are both set this way.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';

export interface SplitterOptions {
  /** localStorage key the size is kept under. */
  storageKey: string;
  /** `height`: the splitter is the panel's top edge (drag up to grow); `width`: its right edge (drag right to grow). */
  dimension: 'height' | 'width';
  min: number;
  /** The largest size, for the window as it is now. */
  max: () => number;
  step: number;
  label: string;
  controls?: string;
  className: string;
  testId: string;
}

export function useSplitter(options: SplitterOptions): { size: number | null; handle: ReactNode } {
  const { storageKey, dimension, min, max, step } = options;
  const clamp = (value: number) => Math.round(Math.max(min, Math.min(max(), value)));
  const [size, setSize] = useState<number | null>(() => {
    try {
      const saved = Number(localStorage.getItem(storageKey));
      // Clamped again: the window may be smaller than when it was saved.
      return Number.isFinite(saved) && saved >= min ? clamp(saved) : null;
    } catch {
      return null;
    }
  });
  // The size the panel has by default (from its CSS), so that the separator always says its value.
  const [natural, setNatural] = useState<number | null>(null);
  const handleRef = useRef<HTMLDivElement>(null);
  const measure = () => handleRef.current?.parentElement?.getBoundingClientRect()[dimension];
  useLayoutEffect(() => {
    if (size === null) setNatural(Math.round(measure() ?? 0) || null);
  }, [size]);

  const set = (value: number | null) => {
    const next = value === null ? null : clamp(value);
    setSize(next);
    try {
      if (next === null) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, String(next));
    } catch {
      // Not kept: the size lasts for this page.
    }
  };
  const current = () => size ?? measure() ?? 300;
  // The top edge grows the panel as it moves up; the right edge as it moves right.
  const grow = dimension === 'height' ? -1 : 1;

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const panel = event.currentTarget.parentElement;
    if (!panel) return;
    event.preventDefault();
    const at = (e: { clientX: number; clientY: number }) => (dimension === 'height' ? e.clientY : e.clientX);
    const start = at(event);
    const startSize = panel.getBoundingClientRect()[dimension];
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => set(startSize + grow * (at(e) - start));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const [more, less] = dimension === 'height' ? ['ArrowUp', 'ArrowDown'] : ['ArrowRight', 'ArrowLeft'];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = event.shiftKey ? step * 3 : step;
    const next =
      event.key === more
        ? current() + by
        : event.key === less
          ? current() - by
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max()
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
      className={options.className}
      role="separator"
      // A splitter between panels stacked vertically is horizontal, and the other way round.
      aria-orientation={dimension === 'height' ? 'horizontal' : 'vertical'}
      aria-controls={options.controls}
      aria-label={options.label}
      aria-valuenow={size ?? natural ?? undefined}
      aria-valuemin={min}
      aria-valuemax={max()}
      aria-valuetext={`${size ?? natural ?? ''} pixels${size === null ? ' (default)' : ''}`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => set(null)}
      data-testid={options.testId}
    />
  );
  return { size, handle };
}
