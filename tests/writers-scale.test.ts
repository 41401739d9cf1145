/**
 * Every report writer is linear and iterative (issue 11): 200,000 findings,
 * 40,000 sections, and many findings in one section, each written within a
 * time that grows with the output, never a RangeError or a stack overflow.
 * The reports are generated here, shaped as compare() makes them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNames, writers, type FormatName } from '../src/core/report/writers.js';
import { largeReport } from './large-report.js';

function time(format: FormatName, shape: ReturnType<typeof largeReport>): { ms: number; output: string } {
  const start = performance.now();
  const output = writers[format](shape.report, { leftText: shape.leftText, rightText: shape.rightText });
  return { ms: performance.now() - start, output };
}

describe('writers at scale', () => {
  // Generated once per shape and shared by the writers (each writer is pure: the report is left untouched).
  const shapes = [
    { name: '200,000 findings in 100 sections (10 per aligned row)', findings: 200_000, sections: 100, rows: 20_000 },
    { name: '40,000 sections with a finding each', findings: 40_000, sections: 40_000, rows: 40_000 },
  ];
  for (const shape of shapes) {
    describe(shape.name, () => {
      let report: ReturnType<typeof largeReport>;
      beforeAll(() => {
        report = largeReport(shape.findings, shape.sections, shape.rows);
      }, 300_000);
      it.each(formatNames)(
        '%s writes every finding, without a RangeError or a stack overflow',
        (format) => {
          const { output } = time(format, report);
          expect(output.endsWith('\n')).toBe(true);
          // The last finding is in the output (its message carries its own link target).
          if (format !== 'json') expect(output).toContain(`/ja/${shape.findings - 1}”`);
          else expect(JSON.parse(output).findings).toHaveLength(shape.findings);
        },
        300_000,
      );
    });
  }

  // Linear: 4× the findings in one section takes well under 16× the time (quadratic: 16×; 10k → 40k was 0.7 s → 12 s in Markdown).
  it.each(formatNames)(
    '%s stays linear when every finding is in one section',
    (format) => {
      const small = largeReport(2_000, 1);
      const large = largeReport(8_000, 1);
      time(format, small); // warm up
      const a = Math.min(time(format, small).ms, time(format, small).ms, time(format, small).ms);
      const b = Math.min(time(format, large).ms, time(format, large).ms);
      // 50 ms of slack: a few milliseconds of garbage collection must not read as a quadratic writer.
      expect(b).toBeLessThan(9 * a + 50);
    },
    300_000,
  );
});
