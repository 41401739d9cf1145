import { describe, expect, it } from 'vitest';
import type { RowView } from '../../protocol.js';
import { buildViewItems } from './build-view-items.js';

const row = (index: number, section: number, findings: number[] = []): RowView => ({
  index,
  section,
  confidence: 1,
  left: null,
  right: null,
  findings,
  severity: findings.length > 0 ? 'warning' : null,
});

// Section 1 opens at row 0; rows 1–3 are clean, row 4 has a finding; section 2 opens at row 5; rows 6–7 are clean.
const rows = [row(0, 1), row(1, 1), row(2, 1), row(3, 1), row(4, 1, [0]), row(5, 2), row(6, 2), row(7, 2)];

describe('buildViewItems', () => {
  it('lists every row when collapsing is off', () => {
    const { items, sectionItems } = buildViewItems(rows, false, new Set());
    expect(items).toHaveLength(8);
    expect(sectionItems).toEqual([0, 5]);
  });
  it('folds runs of clean rows but never section headings or rows with findings', () => {
    const { items, itemOfRow } = buildViewItems(rows, true, new Set());
    expect(items.map((item) => (item.type === 'row' ? item.row : `${item.from}-${item.to}`))).toEqual([0, '1-4', 4, 5, '6-8']);
    expect(itemOfRow[2]).toBe(1);
  });
  it('keeps an opened run open as a whole', () => {
    const { items } = buildViewItems(rows, true, new Set([1]));
    expect(items.map((item) => (item.type === 'row' ? item.row : `${item.from}-${item.to}`))).toEqual([0, 1, 2, 3, 4, 5, '6-8']);
  });
});
