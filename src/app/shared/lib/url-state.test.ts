import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state.js';

describe('URL state', () => {
  it('round-trips the view state', () => {
    const state = {
      pair: 'local' as const,
      finding: 2,
      filter: { checks: ['link-span'], severities: ['warning'], decisions: ['undecided', 'to-fix'], query: 'dash' },
      collapse: true,
      expanded: [4, 9],
      mode: 'rendered' as const,
    };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
  });
  it('ignores what it cannot read', () => {
    expect(readUrlState('?finding=-1&severity=fatal&check=%3Cscript%3E&pair=evil&decision=maybe')).toMatchObject({
      pair: 'sample',
      finding: null,
      filter: { checks: [], severities: [], decisions: [] },
    });
  });
});
