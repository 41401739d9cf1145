/**
 * In-page links (`[x](#section)`) whose fragment names nothing in their own
 * file: the link lands at the top of the page. Each side is resolved against
 * its own headings and ids, so a translated anchor that matches its translated
 * heading is fine, and a link-target difference between `#graphs` and
 * `#графы` is not a finding at all.
 */
import { decodeAnchor } from '../model/anchors.js';
import { containingRange, type Range } from '../model/containing-span.js';
import { brokenInPageLinks } from '../model/in-page-links.js';
import type { LinkToken, Span } from '../model/types.js';
import { quote } from '../vocabulary/phrasing.js';
import type { Side } from '../vocabulary/side.js';
import type { Check, CheckContext, EmitFinding, Severity } from './types.js';

export const brokenAnchor: Check = {
  id: 'broken-anchor',
  severity: 'warning',
  summary: 'An in-page link `#fragment` names no heading or id in its own file.',
  rationale:
    'Translators translate headings, and with them the anchors sites generate from the heading text; an in-page link must follow. Each side is resolved against its own file (GitHub’s and the common site generators’ slugs, explicit `{#id}`, HTML `id` and `name`), so a translated anchor that matches its translated heading is right. A fragment that resolves to nothing on the right is a broken link the source does not have; the same broken fragment on both sides is a defect of the source (info).',
  independentOfPairing: true,
  bad: {
    left: '## Requirements\n\nSee [the requirements](#requirements) first.\n',
    right: '## Требования\n\nСначала прочтите [требования](#requirements).\n',
    note: 'The Russian heading is translated, so its anchor is `#требования`; the link still points at the English anchor, which no longer exists.',
  },
  good: {
    left: '## Requirements\n\nSee [the requirements](#requirements) first.\n',
    right: '## Требования\n\nСначала прочтите [требования](#требования).\n',
    note: 'The link follows the translated heading.',
  },
  run(context, emit) {
    const left = brokenInPageLinks(context.left);
    const right = brokenInPageLinks(context.right);
    if (left.length === 0 && right.length === 0) return;
    const brokenOnLeft = new Set(left.map(fragmentOf));
    const brokenOnRight = new Set(right.map(fragmentOf));
    const [shared, own] = partition(right, (link) => brokenOnLeft.has(fragmentOf(link)));
    const rows = { left: rowFinder(context, 'left'), right: rowFinder(context, 'right') };
    report(emit, rows.right, 'right', own, '', undefined);
    report(emit, rows.right, 'right', shared, ' (the left has the same broken link)', 'info');
    report(
      emit,
      rows.left,
      'left',
      left.filter((link) => !brokenOnRight.has(fragmentOf(link))),
      ' (a defect of the left, not of the translation)',
      'info',
    );
  },
};

/** One finding per broken link, or one for them all when a side has many (anchors left untranslated in a whole table of contents). */
function report(
  emit: EmitFinding,
  rowOf: (span: Span) => number | null,
  side: Side,
  links: readonly LinkToken[],
  note: string,
  severity: Severity | undefined,
): void {
  const at = (span: Span) => (side === 'left' ? { left: span, right: null } : { left: null, right: span });
  if (links.length >= groupFrom) {
    const names = links.slice(0, 4).map((link) => quote(link.url));
    emit({
      message: `${links.length} in-page links on the ${side} name no heading or id in their own file${note}: ${names.join(', ')}${links.length > names.length ? ', …' : ''}. They land at the top of the page.`,
      ...at(links[0]!.span),
      row: rowOf(links[0]!.span),
      severity,
      related: links.slice(1).map((link) => at(link.span)),
    });
    return;
  }
  for (const link of links) {
    emit({
      message: `The in-page link ${quote(link.url)} on the ${side} names no heading or id in its own file${note}: the link lands at the top of the page.`,
      ...at(link.span),
      row: rowOf(link.span),
      severity,
    });
  }
}

const groupFrom = 3;

/** The alignment row whose block on `side` holds a span (the innermost such block), so the finding sits with its link. */
function rowFinder(context: CheckContext, side: Side): (span: Span) => number | null {
  const ranges: Array<Range<number>> = [];
  context.alignment.rows.forEach((row, index) => {
    const block = row[side] === null ? undefined : context[side].blocks[row[side]];
    if (block) ranges.push({ start: block.span.start, end: block.span.end, value: index });
  });
  const rowAt = containingRange(ranges);
  return (span) => rowAt(span.start, span.end);
}

/** The fragment as both sides can compare it: decoded and NFC (an NFD file writes the same link in other code points). */
function fragmentOf(link: LinkToken): string {
  return decodeAnchor(link.url.slice(1));
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
