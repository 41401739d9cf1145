/** Test helpers: reading fixture pairs and describing findings compactly. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../src/core/config.js';
import type { Finding, Report } from '../src/core/index.js';

/** `check L/R`, with `-` for a side without a location: the form expected.json files use. */
export function findingKey(finding: Finding): string {
  return `${finding.check} ${finding.left?.line ?? '-'}/${finding.right?.line ?? '-'}`;
}

/** The alignment rows as `left/right` start lines, each list's item rows after it as `iL/iR` (the form of expected `rows`). */
export function rowKeys(report: Report): string[] {
  return report.alignment.flatMap((row) => [
    `${row.left?.line ?? '-'}/${row.right?.line ?? '-'}`,
    ...(row.items ?? []).map((item) => `i${item.left?.line ?? '-'}/i${item.right?.line ?? '-'}`.replace(/i-/g, '-')),
  ]);
}

/** Warning and error findings as sorted keys. */
export function significant(report: Report): string[] {
  return report.findings
    .filter((finding) => finding.severity !== 'info')
    .map(findingKey)
    .sort();
}

export interface FixturePair {
  name: string;
  dir: string;
  leftPath: string;
  rightPath: string;
  left: string;
  right: string;
  /** `rows`: every alignment row as `left/right` start lines (`-` for none), each list's item rows after it as `iL/iR`.
   * `config`: the project configuration the pair is compared with (e.g. `flavor: mdx` for react.dev's `.md` files). */
  expected: { description: string; findings: string[]; info?: string[]; knownLimitation?: string; rows?: string[]; config?: Config };
}

/** Every fixture folder below `root`: one `left.*.md` (or `.mdx`), one `right.*.md` (or `.mdx`) and an `expected.json`. */
export function readFixtures(root: string): FixturePair[] {
  const pairs: FixturePair[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir).sort();
    const leftName = entries.find((name) => name.startsWith('left.') && /\.mdx?$/.test(name));
    const rightName = entries.find((name) => name.startsWith('right.') && /\.mdx?$/.test(name));
    if (leftName && rightName) {
      pairs.push({
        name: dir.slice(root.length + 1),
        dir,
        leftPath: join(dir, leftName),
        rightPath: join(dir, rightName),
        left: readFileSync(join(dir, leftName), 'utf8'),
        right: readFileSync(join(dir, rightName), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
      });
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(root);
  return pairs;
}
