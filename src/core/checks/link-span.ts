/** Link text split into adjacent links, or covering markedly different parts of aligned text. */
import { diffArrays } from 'diff';
import { joinSpans } from '../model/span.js';
import type { BlockFeatures, Span } from '../model/types.js';
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
    'A link is split into adjacent links with the same target, links are merged, a link lost its text, or a link’s text covers markedly different parts of the aligned text (info).',
  rationale:
    'Translation tools move link boundaries: one link becomes two adjacent links with the same target (`[social](/x) [networks](/x)`), or a link that covered two words grows to cover a whole clause. The page still links to the right place, but the reader sees two links where there was one, or a link on the wrong words. A compound word that replaces a three-word link text is normal translation and is not reported: the shares of the text the links cover are compared, not the words. A link covering a different share is a hint only (info): languages phrase links differently (“see here” against a whole clause), and on real translations such findings were right too rarely to be warnings; split, merged and empty links are certain.',
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
      const empty = emptyLink(a, b, left.features) ?? emptyLink(b, a, right.features);
      if (empty) {
        const [link, counterpart] = empty;
        const side = a.includes(link) ? 'left' : 'right';
        const other = side === 'left' ? 'right' : 'left';
        emit({
          message: `A link with no text: the ${side} link to “${link.url}” has no text and renders as nothing; the ${other} link reads “${counterpart.parts[0]!.text}”.`,
          left: side === 'left' ? link.parts[0]!.span : counterpart.parts[0]!.span,
          right: side === 'right' ? link.parts[0]!.span : counterpart.parts[0]!.span,
          row,
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
          // A hint, never more: languages differ in density and in how they phrase a link (“here” against a whole
          // clause, “こちらをご覧ください”), and even a link grown over a clause was judged right 1 time in 5 on
          // real translations (docs/precision.md, seed 11). Split and empty links are certain and stay warnings.
          severity: 'info',
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
      j += change.count;
      continue;
    }
    if (change.removed) {
      i += change.count;
      continue;
    }
    for (let k = 0; k < change.count; k++, i++, j++) {
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

/** A link of `links` with no visible text (and no image inside) whose counterpart to the same target in `others` has text. */
function emptyLink(links: LogicalLink[], others: LogicalLink[], features: BlockFeatures): [LogicalLink, LogicalLink] | null {
  for (const link of links) {
    if (link.parts.some((part) => part.text.trim() !== '')) continue;
    const { start, end } = logicalSpan(link);
    if (features.images.some((image) => image.span.start >= start && image.span.end <= end)) continue;
    const counterpart = others.find((other) => other.target === link.target && other.parts.some((part) => part.text.trim() !== ''));
    if (counterpart) return [link, counterpart];
  }
  return null;
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
