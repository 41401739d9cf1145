/** Link text split into adjacent links, or covering markedly different parts of aligned text. */
import { diffArrays } from 'diff';
import { joinSpans } from '../model/span.js';
import type { Span } from '../model/types.js';
import { logicalLinks, type LogicalLink } from './links.js';
import { plural } from '../vocabulary/phrasing.js';
import { pairedContent } from './units.js';
import type { Check } from './types.js';

/** A link covering this many times more of its block than its counterpart does, and at least this much more in absolute share, covers different words. */
const shareRatio = 4;
const shareDifference = 0.2;

export const linkSpan: Check = {
  id: 'link-span',
  severity: 'warning',
  summary:
    'A link is split into adjacent links with the same target, links are merged, or a link’s text covers markedly different parts of the aligned text.',
  rationale:
    'Translation tools move link boundaries: one link becomes two adjacent links with the same target (`[social](/x) [networks](/x)`), or a link that covered two words grows to cover a whole clause. The page still links to the right place, but the reader sees two links where there was one, or a link on the wrong words. A compound word that replaces a three-word link text is normal translation and is not reported: the shares of the text the links cover are compared, not the words.',
  bad: {
    left: 'Optimalisering er bruken av [sosiale medienettverk](/sns) for å nå kunder.\n',
    right: 'Hagræðing er notkun [samfélagsmiðlaneta](/sns) [til](/sns) að ná til viðskiptavina.\n',
    note: 'The Icelandic link is split into two adjacent links, the second covering “til” (“to”).',
  },
  good: {
    left: 'Die [Installationsanleitung](/install) erklärt alle Schritte.\n',
    right: 'The [installation guide for beginners](/install) explains every step.\n',
    note: 'A German compound against a longer English link text is normal translation.',
  },
  run(context, emit) {
    for (const { row, left, right } of pairedContent(context.units)) {
      const a = logicalLinks(left.features);
      const b = logicalLinks(right.features);
      const splitA = a.filter((link) => link.parts.length > 1);
      const splitB = b.filter((link) => link.parts.length > 1);
      if (splitA.length > 0 || splitB.length > 0) {
        const describe = (split: LogicalLink[], side: string, all: LogicalLink[]) => {
          if (split.length === 0) {
            const counterpart = all.find((link) => link.target === (splitA[0] ?? splitB[0])!.target);
            return counterpart ? `the ${side} has one link “${counterpart.parts[0]!.text}”` : `the ${side} has no such link`;
          }
          return split
            .map(
              (link) =>
                `the ${side} splits one link to “${link.url}” into ${plural(link.parts.length, 'adjacent link')} (${link.parts.map((part) => `“${part.text}”`).join(' + ')})`,
            )
            .join('; ');
        };
        const alike = splitAlike(splitA, splitB);
        emit({
          message: alike
            ? `Both sides split a link alike: ${describe(splitA, 'left', a)}; ${describe(splitB, 'right', b)}.`
            : `Link spans differ: ${describe(splitA, 'left', a)}; ${describe(splitB, 'right', b)}.`,
          left: splitA[0] ? logicalSpan(splitA[0]) : left.span,
          right: splitB[0] ? logicalSpan(splitB[0]) : right.span,
          row,
          // The same split on both sides, its parts covering the same share of the link, did not drift.
          severity: alike ? 'info' : undefined,
        });
        continue;
      }
      const shifted = shiftedLink(a, b, left.features.text.length, right.features.text.length);
      if (shifted) {
        const [x, y, shareX, shareY] = shifted;
        emit({
          message: `Link text covers markedly different parts of the text: the left link “${x.parts[0]!.text}” covers ${percent(shareX)} of its paragraph, the right link “${y.parts[0]!.text}” ${percent(shareY)}.`,
          left: x.parts[0]!.span,
          right: y.parts[0]!.span,
          row,
        });
      }
    }
  },
};

/** The first pair of links to the same target (in order) whose text shares of their blocks differ markedly. */
function shiftedLink(a: LogicalLink[], b: LogicalLink[], lengthA: number, lengthB: number): [LogicalLink, LogicalLink, number, number] | null {
  if (a.length === 0 || b.length === 0 || lengthA === 0 || lengthB === 0) return null;
  let i = 0;
  let j = 0;
  for (const change of diffArrays(
    a.map((link) => link.target),
    b.map((link) => link.target),
  )) {
    if (change.added) {
      j += change.count ?? change.value.length;
      continue;
    }
    if (change.removed) {
      i += change.count ?? change.value.length;
      continue;
    }
    for (let k = 0; k < (change.count ?? change.value.length); k++, i++, j++) {
      const x = a[i]!;
      const y = b[j]!;
      // A link around an image or a bare URL has no words to cover.
      if (!hasWords(x) || !hasWords(y)) continue;
      const shareX = (x.textEnd - x.textStart) / lengthA;
      const shareY = (y.textEnd - y.textStart) / lengthB;
      const low = Math.max(Math.min(shareX, shareY), 1e-3);
      if (Math.max(shareX, shareY) / low >= shareRatio && Math.abs(shareX - shareY) >= shareDifference) return [x, y, shareX, shareY];
    }
  }
  return null;
}

/** Both sides split the same targets into as many parts, each part covering about the same share of its link. */
function splitAlike(a: LogicalLink[], b: LogicalLink[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  return a.every((x, k) => {
    const y = b[k]!;
    if (x.target !== y.target || x.parts.length !== y.parts.length) return false;
    const shares = (link: LogicalLink) => {
      const lengths = link.parts.map((part) => Math.max(1, Array.from(part.text).length));
      const total = lengths.reduce((sum, length) => sum + length, 0);
      return lengths.map((length) => length / total);
    };
    const sx = shares(x);
    const sy = shares(y);
    return sx.every((share, i) => Math.abs(share - sy[i]!) <= 0.2);
  });
}

/** From the first part of a logical link to the end of its last part. */
function logicalSpan(link: LogicalLink): Span {
  return joinSpans(link.parts[0]!.span, link.parts[link.parts.length - 1]!.span);
}

function hasWords(link: LogicalLink): boolean {
  const text = link.parts
    .map((part) => part.text)
    .join(' ')
    .trim();
  return text !== '' && text !== link.url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
