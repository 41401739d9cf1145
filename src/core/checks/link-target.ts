/** Aligned blocks with as many links, but to different targets. */
import { diffArrays } from 'diff';
import { logicalLinks } from './links.js';
import { contentPairs } from './pairs.js';
import type { Check } from './types.js';

export const linkTarget: Check = {
  id: 'link-target',
  severity: 'warning',
  summary: 'Aligned blocks have as many links, but some point to different targets.',
  rationale:
    'Link targets are not translated: a changed target is a typo, a link to the wrong page, or an anchor that no longer exists. Targets are compared as multisets, so a translation that reorders its clauses and with them its links is not reported; only targets present on one side are. (Different link counts are link-count’s to report.)',
  bad: {
    left: 'Siehe [die Anleitung](/guide/setup) für Details.\n',
    right: 'Zobacz [przewodnik](/guide/stup), aby poznać szczegóły.\n',
    note: 'The Polish link target has a typo.',
  },
  good: {
    left: 'Siehe [die Anleitung](/guide/setup) für Details.\n',
    right: 'Zobacz [przewodnik](/guide/setup), aby poznać szczegóły.\n',
    note: 'Same target.',
  },
  run(context, report) {
    for (const { row, left, right } of contentPairs(context)) {
      const a = logicalLinks(left.features);
      const b = logicalLinks(right.features);
      if (a.length !== b.length || a.length === 0) continue;
      const onlyLeft: string[] = [];
      const onlyRight: string[] = [];
      for (const change of diffArrays(a.map((link) => link.target).sort(), b.map((link) => link.target).sort())) {
        if (change.removed) onlyLeft.push(...change.value);
        if (change.added) onlyRight.push(...change.value);
      }
      if (onlyLeft.length === 0) continue;
      const first = a.find((link) => link.target === onlyLeft[0])!;
      const counterpart = b.find((link) => link.target === onlyRight[0])!;
      const pairs = onlyLeft.map((url, k) => `the left links to “${url}” where the right links to “${onlyRight[k]}”`);
      report({
        message: `Link targets differ: ${pairs.join('; ')}.`,
        left: first.parts[0]!.span,
        right: counterpart.parts[0]!.span,
        row,
      });
    }
  },
};
