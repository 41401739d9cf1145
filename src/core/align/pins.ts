/**
 * Pins: a reviewer's word on a pairing ("this left block belongs with that
 * right block", or "this one has no counterpart"), which the aligner honours
 * and recomputes around. A block is named by its fingerprint (stable across
 * edits elsewhere in the file) or by a line inside it.
 */
import { fnv1a64, lineContext, splitLines } from '../fingerprint.js';
import type { Block, DocumentModel } from '../model/types.js';

export type PinRef = { fingerprint: string } | { line: number };

export interface Pin {
  /** Null: the right block has no counterpart on the left. */
  left: PinRef | null;
  /** Null: the left block has no counterpart on the right. */
  right: PinRef | null;
}

/** Pins resolved to block indexes; pins naming no block are dropped. */
export interface ResolvedPins {
  /** Left block → right block, or null for "no counterpart". */
  left: Map<number, number | null>;
  /** Right block → left block, or null. */
  right: Map<number, number | null>;
}

/** A block's fingerprint: its kind and the normalised text of its lines, hashed. */
export function blockFingerprint(document: DocumentModel, block: Block, lines: readonly string[] = splitLines(document.text)): string {
  return blockFingerprintAt(block.kind, lines, block.span.line, block.span.endLine);
}

/** The same from a block's kind and lines alone, for a caller that has the text but no document model (the app's main thread). */
export function blockFingerprintAt(kind: string, lines: readonly string[], line: number, endLine: number): string {
  return fnv1a64(`${kind}\n${lineContext(lines, line, endLine)}`);
}

export function resolvePins(pins: readonly Pin[], left: DocumentModel, right: DocumentModel): ResolvedPins {
  const resolved: ResolvedPins = { left: new Map(), right: new Map() };
  if (pins.length === 0) return resolved;
  const finder = (document: DocumentModel) => {
    let byFingerprint: Map<string, number> | null = null;
    return (ref: PinRef): number | null => {
      if ('line' in ref) {
        const block = document.blocks.find((candidate) => candidate.span.line <= ref.line && ref.line <= candidate.span.endLine);
        return block ? block.index : null;
      }
      if (!byFingerprint) {
        byFingerprint = new Map();
        const lines = splitLines(document.text);
        for (const block of document.blocks) {
          const fingerprint = blockFingerprint(document, block, lines);
          if (!byFingerprint.has(fingerprint)) byFingerprint.set(fingerprint, block.index);
        }
      }
      return byFingerprint.get(ref.fingerprint) ?? null;
    };
  };
  const findLeft = finder(left);
  const findRight = finder(right);
  for (const pin of pins) {
    const a = pin.left === null ? null : findLeft(pin.left);
    const b = pin.right === null ? null : findRight(pin.right);
    if ((pin.left !== null && a === null) || (pin.right !== null && b === null) || (a === null && b === null)) continue;
    // A later pin on the same block replaces an earlier one.
    if (a !== null) {
      const previous = resolved.left.get(a);
      if (previous !== undefined && previous !== null) resolved.right.delete(previous);
      resolved.left.set(a, b);
    }
    if (b !== null) {
      const previous = resolved.right.get(b);
      if (previous !== undefined && previous !== null) resolved.left.delete(previous);
      resolved.right.set(b, a);
    }
  }
  return resolved;
}

/** Pinned pairs (both sides), in left order, keeping only a chain increasing on both sides (later pins win ties). */
export function pinnedPairs(pins: ResolvedPins): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const [a, b] of pins.left) if (b !== null) pairs.push([a, b]);
  pairs.sort((x, y) => x[0] - y[0]);
  const chain: Array<[number, number]> = [];
  for (const pair of pairs) if (chain.length === 0 || pair[1] > chain[chain.length - 1]![1]) chain.push(pair);
  return chain;
}
