/**
 * The selected finding: choosing one (from the table, the view, the ruler),
 * stepping through the findings in the order shown (j/k), and the scroll
 * request that brings its highlighted span into view. After a reload the
 * URL's finding is selected once the whole comparison is there.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScrollRequest } from '../features/aligned-view/aligned-view.js';
import type { FindingView, ViewModel } from '../protocol.js';
import { checkLabel, decisionText } from '../shared/lib/labels.js';

interface SelectOptions {
  focusView?: boolean;
  /** The findings as they will be shown (after a decision changed the filter's result). */
  shown?: readonly FindingView[];
  /** Said before the finding's description. */
  prefix?: string;
}

export interface Selection {
  /** The selected finding's id, when it exists in the view. */
  selected: number | null;
  selectedFinding: FindingView | null;
  select: (id: number, options?: SelectOptions) => void;
  step: (direction: 1 | -1) => void;
  clear: () => void;
  scrollRequest: ScrollRequest | null;
  scrollToRow: (row: number) => void;
  /** Brings the selected finding's span into view again (the rows changed height: another mode). */
  reveal: () => void;
  /** “Finding 3 of 156” in the order shown (one numbering for the table's counter, the view and announcements). */
  numberOf: (id: number) => string;
}

export function useSelection(
  view: ViewModel | null,
  ordered: readonly FindingView[],
  initial: number | null,
  announce: (message: string) => void,
): Selection {
  const [selected, setSelected] = useState<number | null>(initial);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const seq = useRef(0);
  const findings = view?.findings;
  const valid = selected !== null && findings !== undefined && selected < findings.length ? selected : null;

  const numberOf = useCallback(
    (id: number) => {
      const at = ordered.findIndex((finding) => finding.id === id);
      return at >= 0 ? `Finding ${at + 1} of ${ordered.length}` : 'Finding (hidden by the filters)';
    },
    [ordered],
  );

  const select = useCallback(
    (id: number, options: SelectOptions = {}) => {
      const finding = view?.findings[id];
      if (!finding) return;
      setSelected(id);
      if (finding.row !== null) setScrollRequest({ row: finding.row, finding: id, seq: ++seq.current, focus: options.focusView });
      const shown = options.shown ?? ordered;
      const at = shown.findIndex((f) => f.id === id);
      const decided = finding.decision ? ` ${decisionText[finding.decision.status]}.` : '';
      const position = at >= 0 ? `Finding ${at + 1} of ${shown.length}` : 'Finding (hidden by the filters)';
      announce(
        `${options.prefix ?? ''}${position}: ${checkLabel(finding.check)}, ${finding.severity}.${decided} ` +
          `Left line ${finding.left?.line ?? 'none'}, right line ${finding.right?.line ?? 'none'}. ${finding.message}`,
      );
    },
    [view, ordered, announce],
  );

  // After a reload the URL's finding is selected once the view is there: scroll to it.
  // (Not in the first rows of a large pair: their view has no findings yet.)
  const restored = useRef(false);
  useEffect(() => {
    if (!view || view.partial || restored.current) return;
    restored.current = true;
    if (valid !== null) select(valid);
  }, [view, valid, select]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (ordered.length === 0) return;
      const at = ordered.findIndex((finding) => finding.id === valid);
      let next: FindingView;
      if (at >= 0) next = ordered[(at + direction + ordered.length) % ordered.length]!;
      else if (valid !== null && direction === 1) next = ordered.find((finding) => finding.id > valid) ?? ordered[0]!;
      else if (valid !== null) next = [...ordered].reverse().find((finding) => finding.id < valid) ?? ordered[ordered.length - 1]!;
      else next = direction === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
      select(next.id);
    },
    [ordered, valid, select],
  );

  const clear = useCallback(() => setSelected(null), []);
  const scrollToRow = useCallback((row: number) => setScrollRequest({ row, seq: ++seq.current }), []);
  const selectedRow = valid !== null ? (findings?.[valid]?.row ?? null) : null;
  const reveal = useCallback(() => {
    if (valid !== null && selectedRow !== null) setScrollRequest({ row: selectedRow, finding: valid, seq: ++seq.current });
  }, [valid, selectedRow]);

  return {
    selected: valid,
    selectedFinding: valid !== null ? (view?.findings[valid] ?? null) : null,
    select,
    step,
    clear,
    scrollRequest,
    scrollToRow,
    reveal,
    numberOf,
  };
}
