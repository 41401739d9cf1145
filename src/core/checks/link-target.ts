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
      // The same page written another way (`https://react.dev/blog/x` for `/blog/x`, `guide/ssr.html` for `guide/ssr`)
      // is the same target: compare such pairs by their page path.
      const pagesA = pageSites(a);
      const pagesB = pageSites(b);
      const keyA = (link: LogicalLink) => (rawB.has(link.target) ? link.target : (samePage(link.target, pagesB) ?? inPage.left(link.target)));
      const keyB = (link: LogicalLink) => (rawA.has(link.target) ? link.target : (samePage(link.target, pagesA) ?? inPage.right(link.target)));
      const onlyLeft: string[] = [];
      const onlyRight: string[] = [];
      for (const change of diffArrays(a.map(keyA).sort(), b.map(keyB).sort())) {
        // Loops, not push(...spread): a change can hold 200,000 links, past the argument limit.
        if (change.removed) for (const value of change.value) onlyLeft.push(value);
        if (change.added) for (const value of change.value) onlyRight.push(value);
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

const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
const pageSuffix = /(?:\/index)?(?:\.html?)?(?=$|[?#])|\/+(?=$|[?#])/gi;

/** A target's page: its site ('' for a relative target) and its path without the `.html`, `/index` and trailing `/` servers answer either way. */
function pageOf(target: string): { site: string; path: string } {
  const site = absolute.exec(target)?.[0].toLowerCase() ?? '';
  const path = target.slice(site.length).replace(pageSuffix, '');
  return { site, path: path.startsWith('/') || path.startsWith('#') || path.startsWith('?') ? path : `/${path}` };
}

/** The sites each page path of a pair's side is linked on. */
function pageSites(links: readonly LogicalLink[]): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const link of links) {
    const { site, path } = pageOf(link.target);
    pages.set(path, (pages.get(path) ?? new Set()).add(site));
  }
  return pages;
}

/**
 * The comparison key of a target the other side links as the same page written another way (`https://react.dev/blog/x`
 * for `/blog/x`: a relative target is on the document's own site; `guide/ssr.html` for `guide/ssr`), else null. Two
 * absolute targets on different sites are different pages, whatever their paths.
 */
function samePage(target: string, otherSide: Map<string, Set<string>>): string | null {
  const { site, path } = pageOf(target);
  const sites = otherSide.get(path);
  if (!sites || !(site === '' || sites.has('') || sites.has(site))) return null;
  return `page:${path}`;
}

/** Both targets on the same site, at least one carrying a language marker (`ko.wikipedia.org`, `/ja/`, `?hl=ko`). */
function localizedCounterpart(left: LogicalLink, right: LogicalLink): boolean {
  return siteOf(left.target) === siteOf(right.target) && (hasLanguageMarker(left.url) || hasLanguageMarker(right.url));
}
