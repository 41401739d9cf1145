/** Review decisions: keyed by fingerprints that survive edits elsewhere, validated on import, applied with stale ones reported. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { applyToFindings, belongsToPair, decisionKey, mergeDecisions, withDecision, withoutDecision } from '../src/core/decisions.js';
import {
  applyDecisions,
  blockFingerprint,
  compare,
  compareDocuments,
  decide,
  parseDecisions,
  pinsForPair,
  serializeDecisions,
  withPin,
  writers,
  type Report,
  type SavedPin,
} from '../src/core/index.js';

const left = readFileSync('seeds/smo.is.md', 'utf8');
const right = readFileSync('seeds/smo.no.md', 'utf8');
const paths = { leftPath: 'seeds/smo.is.md', rightPath: 'seeds/smo.no.md' };
const report = compare(left, right, paths);

describe('finding fingerprints', () => {
  it('are unique within a report', () => {
    const all = report.findings.map((finding) => finding.fingerprint);
    expect(new Set(all).size).toBe(all.length);
  });

  it('survive edits elsewhere in either file, and change when the finding’s own lines change', () => {
    // A new paragraph near the top shifts every line below it on the right.
    const shifted = right.replace('## Hva er optimalisering', 'Et nytt avsnitt om bakgrunnen.\n\n## Hva er optimalisering');
    const after = compare(left, shifted, paths);
    const byCheck = (r: typeof report) => Object.fromEntries(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.check, f.fingerprint]));
    expect(after.findings.find((f) => f.check === 'heading-format')!.right!.line).toBe(32);
    expect(byCheck(after)['heading-format']).toBe(byCheck(report)['heading-format']);
    expect(byCheck(after)['bullet-marker']).toBe(byCheck(report)['bullet-marker']);
    // Editing the split link's own line gives a new fingerprint: the old decision becomes stale.
    const edited = compare(left, right.replace('[medienettverk for]', '[medienettverk]'), paths);
    expect(byCheck(edited)['link-span']).not.toBe(byCheck(report)['link-span']);
  });
});

describe('decisions', () => {
  const accepted = report.findings.map((finding) => decide(report, finding, 'accepted', 'Kept as in the source', '2026-11-21T10:00:00Z'));

  it('round-trip through the file format, in a stable order', () => {
    const text = serializeDecisions([...accepted].reverse());
    expect(parseDecisions(text).decisions).toEqual(parseDecisions(serializeDecisions(accepted)).decisions);
    expect(text).toBe(serializeDecisions(accepted));
  });

  it('mark the report’s findings and find the stale ones', () => {
    const stale = { ...accepted[0]!, fingerprint: '0000000000000000', message: 'gone' };
    const applied = applyDecisions(report, [...accepted.slice(1), stale]);
    expect(applied.report.findings.map((finding) => finding.decision?.status ?? null)).toEqual([
      null,
      ...report.findings.slice(1).map(() => 'accepted'),
    ]);
    expect(applied.report.findings[1]!.decision).toEqual({ status: 'accepted', comment: 'Kept as in the source' });
    expect(applied.stale).toEqual([stale]);
    expect(applied.report.decisions).toEqual({ applied: report.findings.length - 1, stale: [stale] });
    expect(report.findings[1]!.decision).toBeUndefined();
  });

  it('apply only to their own pair', () => {
    const other = accepted.map((decision) => ({ ...decision, right: 'seeds/smo.sv.md' }));
    expect(applyDecisions(report, other).report.findings.every((finding) => finding.decision === undefined)).toBe(true);
    const anyPair = accepted.map(({ left: _left, right: _right, ...rest }) => rest);
    expect(applyDecisions(report, anyPair).report.findings.every((finding) => finding.decision?.status === 'accepted')).toBe(true);
  });

  it('match paths by their trailing segments, as the app (file names) and CI (repository paths) write them', () => {
    const bare = accepted.map((decision) => ({ ...decision, left: 'smo.is.md', right: 'smo.no.md' }));
    expect(applyDecisions(report, bare).report.decisions?.applied).toBe(report.findings.length);
    const windows = accepted.map((decision) => ({ ...decision, left: '.\\seeds\\smo.is.md', right: 'seeds\\smo.no.md' }));
    expect(applyDecisions(report, windows).report.decisions?.applied).toBe(report.findings.length);
    const lookalike = accepted.map((decision) => ({ ...decision, right: 'no.md' }));
    expect(applyDecisions(report, lookalike).report.decisions?.applied).toBe(0);
  });

  it('are matched to a pair by one matcher: the app’s file names and CI’s repository paths alike, but not another folder', () => {
    const decision = { ...accepted[0]!, left: 'docs/en/README.md', right: 'docs/he/README.md' };
    expect(belongsToPair(decision, { left: 'README.md', right: 'README.md' })).toBe(true);
    expect(belongsToPair(decision, { left: 'repo/docs/en/README.md', right: 'repo/docs/he/README.md' })).toBe(true);
    expect(belongsToPair(decision, { left: 'en/README.md', right: 'ja/README.md' })).toBe(false);
    expect(belongsToPair({ ...decision, left: undefined, right: undefined }, { left: 'a.md', right: 'b.md' })).toBe(true);
  });

  it('apply to any findings with the caller’s pair (the app passes its file names), leaving other pairs’ decisions out', () => {
    const findings = report.findings.map((finding, id) => ({ ...finding, id }));
    const mine = { ...accepted[1]!, left: 'smo.is.md', right: 'smo.no.md' };
    const otherPair = { ...accepted[2]!, right: 'smo.sv.md' };
    const gone = { ...mine, fingerprint: '0000000000000000' };
    const applied = applyToFindings(findings, [mine, otherPair, gone], { left: 'smo.is.md', right: 'smo.no.md' });
    expect(applied.findings.map((finding) => finding.decision?.status ?? null)).toEqual(findings.map((_, i) => (i === 1 ? 'accepted' : null)));
    expect(applied.findings[0]).toBe(findings[0]);
    expect(applied.findings[1]!.id).toBe(1);
    expect(applied.stale).toEqual([gone]);
    expect(applied.applied).toBe(1);
  });

  it('are edited as a list: one decision per finding', () => {
    const [a, b] = accepted;
    const toFix = { ...a!, status: 'to-fix' as const };
    expect(withDecision([a!, b!], toFix)).toEqual([toFix, b]);
    expect(withoutDecision([a!, b!], decisionKey(a!))).toEqual([b]);
    expect(mergeDecisions([a!], [toFix, b!])).toMatchObject({ list: [toFix, b], added: 1, replaced: 1 });
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /must be a JSON object/],
    ['{"version": 2, "decisions": []}', /"version" must be 1/],
    ['{"version": 1, "decisions": {}}', /"decisions" must be an array/],
    ['{"version": 1, "decisions": [{"fingerprint": "xyz", "check": "link-span", "status": "accepted"}]}', /decisions\[0\]\.fingerprint/],
    [
      '{"version": 1, "decisions": [{"fingerprint": "0123456789abcdef", "check": "link-span", "status": "ok"}]}',
      /decisions\[0\]\.status must be accepted, to-fix, fixed/,
    ],
    ['{"version": 1, "decisions": [{"fingerprint": "0123456789abcdef", "check": "link-span", "status": "fixed", "by": "me"}]}', /unknown key “by”/],
    ['{"version": 1, "decisions": [], "extra": true}', /unknown key “extra”/],
  ])('reject a malformed file with a clear message: %s', (text, message) => {
    expect(() => parseDecisions(text)).toThrow(message);
  });
});

describe('decisions in reports', () => {
  const decided = applyDecisions(report, [
    decide(report, report.findings[0]!, 'accepted', 'Kept: both sides split the link'),
    decide(report, report.findings[1]!, 'to-fix'),
  ]).report;
  const options = { leftText: left, rightText: right };

  it('SARIF suppresses accepted findings as reviewed externally, with the comment as justification', () => {
    const results = JSON.parse(writers.sarif(decided, options)).runs[0].results;
    expect(results[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Kept: both sides split the link' }]);
    expect(results[1].suppressions).toBeUndefined();
    expect(results[1].properties.decision).toBe('to-fix');
  });

  it('CSV, Markdown and HTML show each decision', () => {
    const rows = parseCsv(writers.csv(decided, options).replace(/^\uFEFF/, '')) as string[][];
    expect(rows.map((row) => row.at(-1))).toEqual([
      'decision',
      'accepted: Kept: both sides split the link',
      'to-fix',
      ...report.findings.slice(2).map(() => ''),
    ]);
    expect(writers.markdown(decided, options)).toContain('_(accepted: Kept: both sides split the link)_');
    expect(writers.html(decided, options)).toContain('(to-fix)');
  });
});

describe('pins in the decisions file', () => {
  // The stale Polish README has no “By Yoni Goldberg” section: the English h1 (line 45) is paired, uncertain, with the
  // Polish table of contents (line 46). The reviewer says it has no counterpart.
  const en = readFileSync('tests/browser/fixtures/nodebestpractices.en.md', 'utf8');
  const pl = readFileSync('tests/browser/fixtures/nodebestpractices.pl.md', 'utf8');
  const pair = { leftPath: 'README.md', rightPath: 'README.pl.md' };
  const { left: leftModel } = compareDocuments(en, pl, pair);
  const heading = leftModel.blocks.find((block) => block.span.line === 45)!;
  const pin: SavedPin = {
    left: { fingerprint: blockFingerprint(leftModel, heading) },
    right: null,
    leftPath: 'README.md',
    rightPath: 'README.pl.md',
  };

  it('round-trip with the decisions; a file without pins has no "pins" key', () => {
    const text = serializeDecisions([], [pin]);
    expect(parseDecisions(text)).toEqual({ version: 1, decisions: [], pins: [pin] });
    expect(JSON.parse(serializeDecisions([]))).not.toHaveProperty('pins');
  });

  it('are validated like decisions, naming what is wrong and where', () => {
    const bad = (pins: unknown) => () => parseDecisions(JSON.stringify({ version: 1, decisions: [], pins }));
    expect(bad({})).toThrow(/"pins" must be an array/);
    expect(bad([{ left: null, right: null }])).toThrow(/pins\[0\] must name a block on at least one side/);
    expect(bad([{ left: { line: 4 }, right: null }])).toThrow(/pins\[0\]\.left must be \{"fingerprint"/);
    expect(bad([{ ...pin, colour: 'red' }])).toThrow(/pins\[0\] has an unknown key “colour”/);
    expect(bad([{ ...pin, leftPath: 3 }])).toThrow(/pins\[0\]\.leftPath must be a string/);
  });

  it('apply to their own pair only, and a later pin on a block replaces an earlier one', () => {
    expect(pinsForPair([pin], { left: 'docs/README.md', right: 'docs/README.pl.md' })).toEqual([{ left: pin.left, right: null }]);
    expect(pinsForPair([pin], { left: 'README.md', right: 'README.ja.md' })).toEqual([]);
    const other: SavedPin = { ...pin, right: { fingerprint: '0123456789abcdef' } };
    expect(withPin([pin], other)).toEqual([other]);
  });

  it('change the alignment: the pinned heading has no counterpart', () => {
    const rowOf = (report: Report) => report.alignment.find((row) => row.left?.line === 45)!;
    expect(rowOf(compare(en, pl, pair)).right?.line).toBe(46);
    const pinned = compare(en, pl, { ...pair, pins: pinsForPair([pin], { left: pair.leftPath, right: pair.rightPath }) });
    expect(rowOf(pinned).right).toBeNull();
  });
});
