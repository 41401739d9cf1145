/**
 * The reviewer's pins on the open pair: made from the aligned view's choice
 * (by block fingerprint, as the decisions file keeps them), saved and undone
 * with the decisions, and applied by re-aligning the pair in the worker
 * whenever the pins held differ from those the view was aligned with.
 */
import { useCallback, useEffect, useRef } from 'react';
import { blockFingerprintAt } from '../../core/align/pins.js';
import { pinsForPair, withPin, type SavedPin } from '../../core/decisions.js';
import { splitLines } from '../../core/fingerprint.js';
import type { Comparison } from '../comparison/use-comparison.js';
import type { PairIdentity } from '../features/decisions/decision-logic.js';
import type { Decisions } from '../features/decisions/use-decisions.js';
import type { PinnedBlock, PinRequest } from '../features/aligned-view/pairing.js';
import { kindName } from '../shared/lib/labels.js';

export function usePins(
  comparison: Comparison,
  decisions: Decisions,
  pair: PairIdentity | null,
  announce: (message: string) => void,
  scrollToRow: (row: number) => void,
): (request: PinRequest) => void {
  const { view } = comparison;
  const wanted = pair && decisions.ready ? JSON.stringify(pinsForPair(decisions.pins, { left: pair.left, right: pair.right })) : null;
  const applied = JSON.stringify(comparison.pins);
  // The block to bring into view once the pair is aligned around a new pin.
  const reveal = useRef<{ side: 'left' | 'right'; line: number } | null>(null);

  useEffect(() => {
    if (wanted === null || !view || view.partial || wanted === applied) return;
    void comparison.applyPins(JSON.parse(wanted) as ReturnType<typeof pinsForPair>);
  }, [wanted, applied, view?.id]);

  useEffect(() => {
    const target = reveal.current;
    if (!target || !view || wanted !== applied) return;
    reveal.current = null;
    const row = view.rows.findIndex((candidate) => candidate[target.side]?.line === target.line);
    if (row >= 0) scrollToRow(row);
  }, [view?.id, wanted, applied]);

  return useCallback(
    (request: PinRequest) => {
      const texts = comparison.pair;
      if (!pair || !texts) return;
      const fingerprint = (block: PinnedBlock | null, text: string) =>
        block && { fingerprint: blockFingerprintAt(block.kind, splitLines(text), block.line, block.endLine) };
      const pin: SavedPin = {
        left: fingerprint(request.left, texts.left.text),
        right: fingerprint(request.right, texts.right.text),
        leftPath: pair.left,
        rightPath: pair.right,
        pinnedAt: new Date().toISOString(),
      };
      if (!decisions.updatePins((list) => withPin(list, pin))) {
        announce('The decisions of this pair are still loading; try again.');
        return;
      }
      const one = request.left ?? request.right!;
      reveal.current = { side: request.left ? 'left' : 'right', line: one.line };
      const name = (side: string, block: PinnedBlock) => `the ${side} ${kindName(block.kind)} at line ${block.line}`;
      announce(
        request.left && request.right
          ? `Pinned: ${name('left', request.left)} belongs with ${name('right', request.right)}. Aligning again; press u to undo.`
          : `Pinned: ${name(request.left ? 'left' : 'right', one)} has no counterpart. Aligning again; press u to undo.`,
      );
    },
    [comparison.pair, pair, decisions.updatePins, announce],
  );
}
