/** The seed pair is the golden test: what a careful reviewer sees in it, and nothing else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/core/index.js';
import { significant } from './helpers.js';

const left = readFileSync('seeds/smo.is.md', 'utf8');
const right = readFileSync('seeds/smo.no.md', 'utf8');
const report = compare(left, right, { leftPath: 'seeds/smo.is.md', rightPath: 'seeds/smo.no.md' });

describe('seed pair (Icelandic ↔ Norwegian)', () => {
  it('is copied byte for byte from shared/seeds when that folder is present', () => {
    let shared: Buffer;
    try {
      shared = readFileSync('../shared/seeds/smo.is.md');
    } catch {
      return;
    }
    expect(readFileSync('seeds/smo.is.md').equals(shared)).toBe(true);
    expect(readFileSync('seeds/smo.no.md').equals(readFileSync('../shared/seeds/smo.no.md'))).toBe(true);
  });

  it('has exactly the three findings a reviewer sees', () => {
    expect(significant(report)).toEqual(['bullet-marker 32/32', 'heading-format 30/30', 'link-span 10/10']);
  });

  it('locates the pseudo-bullets on lines 32 to 36 of the Norwegian file', () => {
    const bullet = report.findings.find((finding) => finding.check === 'bullet-marker')!;
    expect(bullet.right).toEqual({ line: 32, column: 1, endLine: 36, endColumn: 101 });
    expect(bullet.message).toContain('lines 32 and 36');
    expect(bullet.message).toContain('en dash');
  });

  it('covers both parts of each split link on line 10', () => {
    const span = report.findings.find((finding) => finding.check === 'link-span')!;
    const source = (text: string, location: { line: number; column: number; endColumn: number }) =>
      text.split('\n')[location.line - 1]!.slice(location.column - 1, location.endColumn - 1);
    expect(source(left, span.left!)).toBe('[samfélagsmiðlaneta](/social-networking-service-sns) [til](/social-networking-service-sns)');
    expect(source(right, span.right!)).toBe('[sosiale](/social-networking-service-sns) [medienettverk for](/social-networking-service-sns)');
  });

  it('reads ##Hápunktar as the heading it was meant to be', () => {
    const heading = report.findings.find((finding) => finding.check === 'heading-format')!;
    expect(heading.left).toEqual({ line: 30, column: 1, endLine: 30, endColumn: 12 });
    expect(heading.message).toContain('##Hápunktar');
  });

  it('aligns the H1, five H2 sections, their paragraphs and the list one to one', () => {
    expect(report.summary.leftOnly).toBe(0);
    expect(report.summary.rightOnly).toBe(0);
    const pairs = report.alignment.map((row) => `${row.left?.kind}@${row.left?.line}=${row.right?.kind}@${row.right?.line}`);
    expect(pairs).toEqual([
      'frontmatter@1=frontmatter@1',
      'heading@7=heading@7',
      'heading@8=heading@8',
      'paragraph@10=paragraph@10',
      'heading@12=heading@12',
      'paragraph@14=paragraph@14',
      'paragraph@16=paragraph@16',
      'paragraph@18=paragraph@18',
      'heading@20=heading@20',
      'paragraph@22=paragraph@22',
      'paragraph@24=paragraph@24',
      'heading@26=heading@26',
      'paragraph@28=paragraph@28',
      'heading@30=heading@30',
      'list@32=list@32',
    ]);
    const list = report.alignment[report.alignment.length - 1]!;
    expect(list.items?.map((item) => `${item.left?.line}=${item.right?.line}`)).toEqual(['32=32', '34=34', '36=36']);
    expect(report.sections.filter((section) => section.left?.depth === 2 && section.right?.depth === 2)).toHaveLength(6 - 1);
  });

  it('knows both languages from the file names', () => {
    expect(report.left.language).toBe('is');
    expect(report.right.language).toBe('no');
  });
});
