/**
 * The overview ruler beside the scroll bar: one mark per finding (following
 * the filters) at its place in the whole document, and the visible part as a
 * frame. A mark is a button: clicking it selects its finding.
 */
import { memo } from 'react';
import { checkLabel } from '../../shared/lib/labels.js';
import type { FindingView } from '../../protocol.js';

export interface RulerMark {
  finding: FindingView;
  /** 0..1 down the document. */
  position: number;
}

interface OverviewRulerProps {
  marks: readonly RulerMark[];
  selected: number | null;
  viewport: { top: number; height: number };
  onSelect: (id: number) => void;
}

/** Marks closer than this (fraction of the height) share one button; thousands of buttons would cost more than they say. */
const minGap = 0.004;

export const OverviewRuler = memo(function OverviewRuler({ marks, selected, viewport, onSelect }: OverviewRulerProps) {
  const shown: RulerMark[] = [];
  let last = -1;
  for (const mark of marks) {
    if (mark.position - last < minGap && mark.finding.id !== selected) continue;
    shown.push(mark);
    last = mark.position;
  }
  return (
    <nav className="ruler" aria-label="Findings overview">
      <div
        className="ruler-viewport"
        style={{ top: `${viewport.top * 100}%`, height: `${Math.max(viewport.height * 100, 1)}%` }}
        aria-hidden="true"
      />
      {shown.map(({ finding, position }) => (
        <button
          key={finding.id}
          type="button"
          tabIndex={-1}
          className={`ruler-mark ruler-${finding.severity}${finding.id === selected ? ' ruler-selected' : ''}`}
          style={{ top: `${position * 100}%` }}
          aria-label={`Finding ${finding.id + 1}: ${checkLabel(finding.check)}, line ${finding.left?.line ?? finding.right?.line ?? '?'}`}
          title={`${checkLabel(finding.check)} (${finding.severity}) — line ${finding.left?.line ?? '–'} / ${finding.right?.line ?? '–'}`}
          data-ruler-finding={finding.id}
          onClick={() => onSelect(finding.id)}
        />
      ))}
    </nav>
  );
});
