import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state.js';

describe('URL state', () => {
  it('round-trips the view state', () => {
    const state = {
      pair: 'local' as const,
      finding: 2,
      filter: {
        checks: ['link-span'],
        severities: ['warning'],
        decisions: ['undecided', 'to-fix'],
        hiddenChecks: ['untranslated', 'length-ratio'],
        hiddenSeverities: ['info'],
        query: 'dash',
      },
      sort: { column: 'check' as const, desc: true },
      group: true,
      collapse: true,
      expanded: [4, 9],
      mode: 'rendered' as const,
    };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
  });
  it('ignores what it cannot read', () => {
    expect(readUrlState('?finding=-1&severity=fatal&check=%3Cscript%3E&pair=evil&decision=maybe&sort=-evil&hide-severity=loud')).toMatchObject({
      pair: 'sample',
      finding: null,
      filter: { checks: [], severities: [], decisions: [], hiddenSeverities: [] },
      sort: null,
    });
  });
});
