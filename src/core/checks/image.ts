/** Aligned blocks whose images differ in number or source, or whose alt text is present on one side only. */
import type { ImageToken } from '../model/types.js';
import { plural } from '../vocabulary/phrasing.js';
import { pairedContent } from './units.js';
import { languageNeutral } from '../model/url.js';
import type { Check } from './types.js';

export const image: Check = {
  id: 'image',
  severity: 'warning',
  summary: 'Aligned blocks have different numbers of images, images from different sources, or alt text on one side only.',
  rationale:
    'An image dropped in translation removes a diagram the text still refers to; a changed source shows another picture, or none when the path is wrong; alt text present in the original and missing in the translation leaves screen-reader users of that language with nothing. Sources are compared after setting aside a language code in the path (`/img/en/chart.png` and `/img/de/chart.png` are the same image, localised), so localised screenshots are not reported.',
  bad: {
    left: '![Architekturdiagramm](/img/architecture.png)\n\nDer Dienst besteht aus drei Teilen.\n',
    right: '![](/img/architecure.png)\n\nUsługa składa się z trzech części.\n',
    note: 'The Polish image path has a typo and the alt text is gone.',
  },
  good: {
    left: '![Architekturdiagramm](/img/de/architecture.png)\n\nDer Dienst besteht aus drei Teilen.\n',
    right: '![Diagram architektury](/img/pl/architecture.png)\n\nUsługa składa się z trzech części.\n',
    note: 'The same image, localised per language, alt text translated.',
  },
  run(context, emit) {
    const imageKey = languageNeutral([context.languages.left, context.languages.right]);
    for (const { row, left, right } of pairedContent(context.units)) {
      const a = left.features.images;
      const b = right.features.images;
      if (a.length === 0 && b.length === 0) continue;
      const keyOf = (item: ImageToken) => imageKey(item.url);
      const pool = new Map<string, ImageToken[]>();
      for (const item of b) {
        const key = keyOf(item);
        const list = pool.get(key);
        if (list) list.push(item);
        else pool.set(key, [item]);
      }
      const pairs: Array<[ImageToken, ImageToken]> = [];
      const onlyLeft: ImageToken[] = [];
      for (const item of a) {
        const match = pool.get(keyOf(item))?.shift();
        if (match) pairs.push([item, match]);
        else onlyLeft.push(item);
      }
      const matched = new Set(pairs.map((pair) => pair[1]));
      const onlyRight = b.filter((item) => !matched.has(item));
      if (onlyLeft.length > 0 || onlyRight.length > 0) {
        const message =
          a.length !== b.length
            ? `Image counts differ: the left has ${plural(a.length, 'image')}, the right ${b.length}${sources(onlyLeft, onlyRight)}.`
            : `Image sources differ: ${onlyLeft.map((item, k) => `the left shows “${item.url}” where the right shows “${onlyRight[k]!.url}”`).join('; ')}.`;
        emit({ message, left: onlyLeft[0]?.span ?? left.span, right: onlyRight[0]?.span ?? right.span, row });
      }
      // Alt text on one side only, for the same image (or the images in the same position when sources differ).
      const altPairs = pairs.concat(
        onlyLeft.length === onlyRight.length ? onlyLeft.map((item, k) => [item, onlyRight[k]!] as [ImageToken, ImageToken]) : [],
      );
      for (const [x, y] of altPairs) {
        const hasX = x.alt.trim().length > 0;
        const hasY = y.alt.trim().length > 0;
        if (hasX === hasY) continue;
        emit({
          message: hasX
            ? `Alt text missing on the right: the left image “${x.url}” has the alt text “${x.alt.trim()}”, the right one has none.`
            : `Alt text missing on the left: the right image “${y.url}” has the alt text “${y.alt.trim()}”, the left one has none.`,
          left: x.span,
          right: y.span,
          row,
          // Alt text only the right has is nothing to fix in the translation (an empty alt on the left is often a
          // deliberate decorative image): a hint.
          severity: hasX ? undefined : 'info',
        });
      }
    }
  },
};

function sources(onlyLeft: ImageToken[], onlyRight: ImageToken[]): string {
  const parts: string[] = [];
  if (onlyLeft.length > 0)
    parts.push(
      `only the left shows ${onlyLeft
        .slice(0, 3)
        .map((item) => `“${item.url}”`)
        .join(', ')}`,
    );
  if (onlyRight.length > 0)
    parts.push(
      `only the right shows ${onlyRight
        .slice(0, 3)
        .map((item) => `“${item.url}”`)
        .join(', ')}`,
    );
  return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}
