/** Aligned blocks with as many links, but to different targets. */
import { diffArrays } from 'diff';
import { hasLanguageMarker } from '../model/url.js';
import { logicalLinks, type LogicalLink } from './links.js';
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
      const localizedPairs = onlyLeft.map((url, k) => localizedCounterpart(a, b, url, onlyRight[k]!));
      const pairs = onlyLeft.map(
        (url, k) => `the left links to “${url}” where the right links to “${onlyRight[k]}”${localizedPairs[k] ? ' (a localized page of the same site)' : ''}`,
      );
      report({
        message: `Link targets differ: ${pairs.join('; ')}.`,
        left: first.parts[0]!.span,
        right: counterpart.parts[0]!.span,
        row,
        // Linking to the localized page of the same site (a translated Wikipedia title) is what translators should do.
        severity: localizedPairs.every(Boolean) ? 'info' : undefined,
      });
    }
  },
};

/** Both targets on the same site, at least one carrying a language marker (`ko.wikipedia.org`, `/ja/`, `?hl=ko`). */
function localizedCounterpart(a: LogicalLink[], b: LogicalLink[], leftTarget: string, rightTarget: string): boolean {
  const left = a.find((link) => link.target === leftTarget)!;
  const right = b.find((link) => link.target === rightTarget)!;
  return siteOf(leftTarget) === siteOf(rightTarget) && (hasLanguageMarker(left.url) || hasLanguageMarker(right.url));
}

function siteOf(target: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target)?.[0] ?? '';
}
