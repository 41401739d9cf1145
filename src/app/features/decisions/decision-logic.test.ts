import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belongsToPair, decisionKey, mergeDecisions, withDecision, withoutDecision } from '../../../core/decisions.js';
import { applyDecisions, compare, parseDecisions, serializeDecisions } from '../../../core/index.js';
import type { FindingView } from '../../protocol.js';
import { applyToView, legacyPairKey, makeDecision, nextAfter, pairKey, splitByPair, splitPinsByPair, type PairIdentity } from './decision-logic.js';

const left = readFileSync(new URL('../../../../seeds/smo.is.md', import.meta.url), 'utf8');
const right = readFileSync(new URL('../../../../seeds/smo.no.md', import.meta.url), 'utf8');
// The three findings a reviewer sees in the seed pair; the shared `,.` typo (punctuation, info) is left out here.
const report = compare(left, right, { leftPath: 'smo.is.md', rightPath: 'smo.no.md', severities: { punctuation: 'off' } });
const findings: FindingView[] = report.findings.map((finding, id) => ({ ...finding, id, sectionTitle: '', leftExcerpt: null, rightExcerpt: null }));
const now = new Date('2026-01-02T03:04:05Z');
const pair: PairIdentity = { left: 'smo.is.md', right: 'smo.no.md', leftLanguage: 'is', rightLanguage: 'no' };

describe('review decisions in the app', () => {
  it('names a pair by its base names and its languages', () => {
    expect(pairKey({ ...pair, left: 'docs/smo.is.md', right: 'C:\\docs\\smo.no.md' })).toBe(pairKey(pair));
    expect(pairKey({ ...pair, left: pair.right, right: pair.left })).not.toBe(pairKey(pair));
    // Two README.md ↔ README.md pairs in other languages are two pairs.
    const hebrew: PairIdentity = { left: 'README.md', right: 'README.md', leftLanguage: 'en', rightLanguage: 'he' };
    const japanese: PairIdentity = { ...hebrew, rightLanguage: 'ja' };
    expect(pairKey(hebrew)).not.toBe(pairKey(japanese));
    expect(legacyPairKey(hebrew)).toBe(legacyPairKey(japanese));
  });

  it('makes decisions the core and the CLI accept, and marks findings with them', () => {
    const accepted = makeDecision(report, findings[0]!, 'accepted', '  intended  ', [], pair, now);
    expect(accepted).toMatchObject({
      status: 'accepted',
      comment: 'intended',
      left: 'smo.is.md',
      right: 'smo.no.md',
      decidedAt: '2026-01-02T03:04:05.000Z',
    });
    const list = withDecision([accepted], makeDecision(report, findings[2]!, 'to-fix', '', [accepted], pair, now));
    expect(parseDecisions(serializeDecisions(list)).decisions).toHaveLength(2);
    expect(applyDecisions(report, list).report.findings.map((f) => f.decision?.status)).toEqual(['accepted', undefined, 'to-fix']);

    const applied = applyToView(findings, list, pair);
    expect(applied.findings.map((f) => f.decision?.status ?? 'undecided')).toEqual(['accepted', 'undecided', 'to-fix']);
    expect(applied.findings[1]).toBe(findings[1]);
    expect(applied.counts).toEqual({ undecided: 1, accepted: 1, 'to-fix': 1, fixed: 0 });
    expect(applied.stale).toEqual([]);

    // Deciding again replaces; clearing removes.
    const fixed = withDecision(list, makeDecision(report, findings[2]!, 'fixed', '', list, pair, now));
    expect(fixed).toHaveLength(2);
    expect(withoutDecision(fixed, decisionKey(findings[0]!))).toHaveLength(1);
  });

  it('lists decisions whose finding is gone as stale', () => {
    const gone = { ...makeDecision(report, findings[0]!, 'accepted', '', [], pair, now), fingerprint: '0123456789abcdef' };
    const applied = applyToView(findings, [gone], pair);
    expect(applied.stale).toEqual([gone]);
    expect(applied.counts.undecided).toBe(3);
  });

  it('keeps the paths a pair already uses (a repository decisions file), and imports by pair', () => {
    const imported = { ...makeDecision(report, findings[0]!, 'accepted', '', [], pair, now), left: 'seeds/smo.is.md', right: 'seeds/smo.no.md' };
    expect(belongsToPair(imported, pair)).toBe(true);
    expect(makeDecision(report, findings[1]!, 'accepted', '', [imported], pair, now)).toMatchObject({
      left: 'seeds/smo.is.md',
      right: 'seeds/smo.no.md',
    });

    const other = { ...imported, left: 'guide.de.md', right: 'guide.fr.md' };
    const anyPair = { ...imported, fingerprint: findings[1]!.fingerprint, check: findings[1]!.check, left: undefined, right: undefined };
    const { mine, others } = splitByPair([imported, other, anyPair], pair);
    expect(mine).toEqual([imported, anyPair]);
    expect([...others.keys()]).toEqual([legacyPairKey({ ...pair, left: 'guide.de.md', right: 'guide.fr.md' })]);

    const merged = mergeDecisions([{ ...imported, status: 'to-fix' }], mine);
    expect(merged).toMatchObject({ added: 1, replaced: 1 });
    expect(merged.list.map((d) => d.status)).toEqual(['accepted', 'accepted']);
  });

  it('moves on to the next finding the filter still shows', () => {
    expect(nextAfter(findings, 0)?.id).toBe(1);
    expect(nextAfter(findings, 2)?.id).toBe(0);
    expect(nextAfter([findings[2]!], 1)?.id).toBe(2);
    expect(nextAfter([findings[1]!], 1)).toBeNull();
    // In a sorted order (the table's), “next” is the one after it there, not by document position.
    const sorted = [findings[2]!, findings[0]!, findings[1]!];
    expect(nextAfter(sorted, 0, sorted)?.id).toBe(1);
    expect(nextAfter(sorted, 1, sorted)?.id).toBe(2);
  });
});

describe('splitPinsByPair', () => {
  const pair = { left: 'README.md', right: 'README.pl.md', leftLanguage: 'en', rightLanguage: 'pl' };
  it('leaves the open pair’s pins (and pins for any pair) and keys the others by their pair’s names', () => {
    const polish = { left: { fingerprint: 'aaaaaaaaaaaaaaaa' }, right: null, leftPath: 'docs/README.md', rightPath: 'docs/README.pl.md' };
    const anyPair = { left: { fingerprint: 'bbbbbbbbbbbbbbbb' }, right: { fingerprint: 'cccccccccccccccc' } };
    const japanese = { left: null, right: { fingerprint: 'dddddddddddddddd' }, leftPath: 'README.md', rightPath: 'README.ja.md' };
    const hebrew = { left: { fingerprint: 'eeeeeeeeeeeeeeee' }, right: null, leftPath: 'README.md', rightPath: 'he/README.md' };
    const others = splitPinsByPair([polish, anyPair, japanese, hebrew], pair);
    expect([...others.keys()]).toEqual([legacyPairKey({ ...pair, right: 'README.ja.md' }), legacyPairKey({ ...pair, right: 'README.md' })]);
    expect(others.get(legacyPairKey({ ...pair, right: 'README.ja.md' }))).toEqual([japanese]);
  });
});
