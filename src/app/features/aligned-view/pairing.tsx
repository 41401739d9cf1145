/**
 * Pinning a pairing by hand: the reviewer picks a block ("Pair…" on its
 * cell), then the block of the other side it belongs with ("Pair here"), or
 * says it has no counterpart. The app turns the choice into a pin
 * (core/align/pins.ts) and the worker aligns the pair around it.
 */
import { useEffect, useRef } from 'react';
import { kindName } from '../../shared/lib/labels.js';
import type { BlockView } from '../../protocol.js';
import type { Side } from '../../../core/vocabulary/side.js';

/** A block as a pin names it: where it is and what kind it is (the fingerprint is made from these and the text). */
export interface PinnedBlock {
  line: number;
  endLine: number;
  kind: string;
}

/** The reviewer's word on a pairing: both blocks, or one block and null (no counterpart on the other side). */
export interface PinRequest {
  left: PinnedBlock | null;
  right: PinnedBlock | null;
}

/** The block whose counterpart the reviewer is choosing. */
export interface Pairing {
  side: Side;
  block: PinnedBlock;
  /** Its first line, for the bar. */
  excerpt: string;
}

export function pinnedBlock(block: BlockView): PinnedBlock {
  return { line: block.line, endLine: block.endLine, kind: block.kind };
}

export function startPairing(side: Side, block: BlockView): Pairing {
  const first = block.text.split('\n', 1)[0]!.trim();
  return { side, block: pinnedBlock(block), excerpt: first.length > 60 ? `${first.slice(0, 59)}…` : first };
}

/** The pin for the chosen counterpart (null: none). */
export function pinFor(pairing: Pairing, counterpart: PinnedBlock | null): PinRequest {
  return pairing.side === 'left' ? { left: pairing.block, right: counterpart } : { left: counterpart, right: pairing.block };
}

/** What the pairing bar says, and the pin it makes for "no counterpart". */
export function PairingBar({ pairing, onPin, onCancel }: { pairing: Pairing; onPin: (pin: PinRequest) => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const other = pairing.side === 'left' ? 'right' : 'left';
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('button')?.focus(), [pairing]);
  return (
    <div
      ref={ref}
      className="apairing"
      role="region"
      aria-label="Pairing a block by hand"
      data-testid="pairing-bar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <span className="apairing-text">
        Pairing the {pairing.side} {kindName(pairing.block.kind)} at line {pairing.block.line} <q>{pairing.excerpt}</q>: choose “Pair here” on the{' '}
        {other} block it belongs with, or
      </span>
      <button type="button" onClick={() => onPin(pinFor(pairing, null))} data-testid="pin-no-counterpart">
        No counterpart on the {other}
      </button>
      <button type="button" onClick={onCancel} data-testid="pairing-cancel">
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}
