/** containingRange: the innermost of nested ranges that holds a point. */
import { describe, expect, it } from 'vitest';
import { containingRange } from '../../src/core/model/containing-span.js';

describe('containingRange', () => {
  // An Astro type signature: a `<p>` component (lines 249–253) holding a paragraph (251) and a `<Since>` (252).
  const rowAt = containingRange([
    { start: 247, end: 247, value: 'heading' },
    { start: 249, end: 253, value: 'p' },
    { start: 251, end: 251, value: 'type line' },
    { start: 252, end: 252, value: 'since' },
    { start: 255, end: 256, value: 'paragraph' },
  ]);

  it('finds the innermost range, and the container for a line after its last child', () => {
    expect(rowAt(251)).toBe('type line');
    expect(rowAt(252)).toBe('since');
    expect(rowAt(253)).toBe('p');
    expect(rowAt(250)).toBe('p');
    expect(rowAt(256)).toBe('paragraph');
  });

  it('returns null between and before ranges, and for a span that overflows every range', () => {
    expect(rowAt(248)).toBeNull();
    expect(rowAt(100)).toBeNull();
    expect(rowAt(254)).toBeNull();
    expect(rowAt(251, 260)).toBeNull();
    expect(rowAt(251, 253)).toBe('p');
  });
});
