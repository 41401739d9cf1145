/**
 * Inline highlights of one block, from the core's block features: links
 * (colored by target), images, inline code, numbers, heading and list
 * markers. Offsets are made relative to the block's source text.
 */
import type { Block } from '../../core/model/types.js';
import { flattenItems } from '../../core/model/build-document.js';
import { pseudoBulletNames } from '../../core/vocabulary/pseudo-bullets.js';
import type { Highlight } from '../protocol.js';

/** Beyond this a block is hostile or machine-made; showing more would only slow the view down. */
const maxHighlightsPerBlock = 400;

export function blockHighlights(
  block: Block,
  text: string,
  base: number,
  colorOf: (url: string) => number,
): { highlights: Highlight[]; truncated: number } {
  const all: Highlight[] = [];
  const add = (start: number, end: number, highlight: Omit<Highlight, 'start' | 'end'>) => {
    const s = start - base;
    const e = end - base;
    if (e > s && s >= 0 && e <= text.length + 1) all.push({ start: s, end: Math.min(e, text.length), ...highlight });
  };

  if (block.heading) {
    const match = /^ {0,3}(#{1,6})/.exec(text);
    if (match && block.heading.form !== 'setext') {
      const start = base + match[0].length - match[1]!.length;
      const noSpace = block.heading.form === 'atx-no-space';
      add(start, start + match[1]!.length, {
        kind: 'heading-marker',
        label: noSpace
          ? `Heading marker ${match[1]} with no space after it: CommonMark reads this line as a paragraph`
          : `Heading level ${block.heading.depth} (${match[1]})`,
        pseudo: noSpace,
      });
    } else if (block.heading.form === 'setext') {
      const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      if (lastBreak >= 0)
        add(base + lastBreak + 1, base + text.length, { kind: 'heading-marker', label: `Heading level ${block.heading.depth} (underlined)` });
    }
  }

  if (block.list) {
    for (const item of flattenItems(block.list)) {
      if (!item.marker) continue;
      add(item.span.start, item.span.start + item.marker.length, {
        kind: 'bullet-marker',
        label: item.pseudo
          ? `Pseudo-bullet “${item.marker}” (${(pseudoBulletNames as Record<string, string>)[item.marker] ?? 'not a list marker'}): CommonMark reads this line as a paragraph`
          : `List marker “${item.marker}”`,
        pseudo: item.pseudo,
      });
    }
  }

  const features = block.features;
  features.links.forEach((link, i) => {
    add(link.span.start, link.span.end, {
      kind: 'link',
      color: colorOf(link.url),
      continues: link.continuesPrevious,
      label: `Link ${i + 1} to ${link.url}${link.continuesPrevious ? ', continuing the previous link to the same target' : ''}`,
    });
  });
  for (const image of features.images)
    add(image.span.start, image.span.end, { kind: 'image', label: `Image ${image.url}${image.alt ? ` (“${image.alt}”)` : ''}` });
  for (const code of features.codes) add(code.span.start, code.span.end, { kind: 'code', label: `Inline code “${code.value}”` });
  for (const number of features.numbers) add(number.span.start, number.span.end, { kind: 'number', label: `Number ${number.raw}` });

  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const truncated = Math.max(0, all.length - maxHighlightsPerBlock);
  return { highlights: truncated > 0 ? all.slice(0, maxHighlightsPerBlock) : all, truncated };
}
