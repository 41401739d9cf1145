/** Aligned blocks with as many links, but to different targets. */
import { diffArrays } from 'diff';
import { brokenInPageLinks } from '../model/in-page-links.js';
import { inPageTargets } from './in-page-targets.js';
import { hasLanguageMarker, siteOf } from '../model/url.js';
import { logicalLinks, type LogicalLink } from './links.js';
import { pairedContent } from './units.js';
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
  run(context, emit) {
    const inPage = inPageTargets(context);
    // A right fragment that names nothing in its own file is broken-anchor's finding, not a changed target.
    const brokenOnRight = new Set(brokenInPageLinks(context.right).map((link) => link.url));
    for (const { row, left, right } of pairedContent(context.units)) {
      const a = logicalLinks(left.features);
      const b = logicalLinks(right.features);
      if (a.length !== b.length || a.length === 0) continue;
      // Identical targets always match; only a target with no identical counterpart is resolved to its heading.
      const rawA = new Set(a.map((link) => link.target));
      const rawB = new Set(b.map((link) => link.target));
      const keyA = (link: LogicalLink) => (rawB.has(link.target) ? link.target : inPage.left(link.target));
      const keyB = (link: LogicalLink) => (rawA.has(link.target) ? link.target : inPage.right(link.target));
      const onlyLeft: string[] = [];
      const onlyRight: string[] = [];
      for (const change of diffArrays(a.map(keyA).sort(), b.map(keyB).sort())) {
        if (change.removed) onlyLeft.push(...change.value);
        if (change.added) onlyRight.push(...change.value);
      }
      if (onlyLeft.length === 0) continue;
      const first = a.find((link) => keyA(link) === onlyLeft[0])!;
      const counterpart = b.find((link) => keyB(link) === onlyRight[0])!;
      const leftLinks = onlyLeft.map((key) => a.find((link) => keyA(link) === key)!);
      const rightLinks = onlyRight.map((key) => b.find((link) => keyB(link) === key)!);
      if (rightLinks.every((link) => brokenOnRight.has(link.url))) continue;
      const localizedPairs = leftLinks.map((link, k) => localizedCounterpart(link, rightLinks[k]!));
      // Quoted as written in the files, not in their normalised form.
      const pairs = leftLinks.map(
        (link, k) =>
          `the left links to “${link.url}” where the right links to “${rightLinks[k]!.url}”${localizedPairs[k] ? ' (a localized page of the same site)' : ''}`,
      );
      emit({
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
function localizedCounterpart(left: LogicalLink, right: LogicalLink): boolean {
  return siteOf(left.target) === siteOf(right.target) && (hasLanguageMarker(left.url) || hasLanguageMarker(right.url));
}
