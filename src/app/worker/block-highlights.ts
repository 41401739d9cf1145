/**
 * Inline highlights of one block, from the core's block features: links
 * (colored by target), images, inline code, numbers, heading and list
 * markers. Offsets are made relative to the block's source text.
 */
import type { Block } from '../../core/model/types.js';
import { flattenItems } from '../../core/model/build-document.js';
import { htmlPlaces } from '../../core/model/features.js';
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
  const places = ownPlaces(features, text, base);
  features.links.forEach((link, i) => {
    const place = places.get(link) ?? link.span;
    add(place.start, place.end, {
      kind: 'link',
      color: colorOf(link.url),
      continues: link.continuesPrevious,
      label: `Link ${i + 1} to ${link.url}${link.continuesPrevious ? ', continuing the previous link to the same target' : ''}`,
    });
  });
  for (const image of features.images)
    add((places.get(image) ?? image.span).start, (places.get(image) ?? image.span).end, {
      kind: 'image',
      label: `Image ${image.url}${image.alt ? ` (“${image.alt}”)` : ''}`,
    });
  for (const code of features.codes) add(code.span.start, code.span.end, { kind: 'code', label: `Inline code “${code.value}”` });
  for (const number of features.numbers) add(number.span.start, number.span.end, { kind: 'number', label: `Number ${number.raw}` });

  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const truncated = Math.max(0, all.length - maxHighlightsPerBlock);
  return { highlights: truncated > 0 ? all.slice(0, maxHighlightsPerBlock) : all, truncated };
}

type Placed = Block['features']['links'][number] | Block['features']['images'][number];

/**
 * Each link and image written as HTML in its own place: the model gives those of an HTML block the whole
 * block's span, so a contributors' table of 400 linked avatars would be 800 marks over the whole table, nested
 * 800 deep (which took Chromium seconds to lay out on every change of the row). Found in order in the HTML of
 * that span; a group whose tags do not match the model's list one for one keeps the span.
 */
function ownPlaces(features: Block['features'], text: string, base: number): Map<Placed, { start: number; end: number }> {
  const places = new Map<Placed, { start: number; end: number }>();
  const groups = new Map<string, { links: Placed[]; images: Placed[] }>();
  const group = (item: Placed) => {
    const key = `${item.span.start}:${item.span.end}`;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { links: [], images: [] }));
    return entry;
  };
  for (const link of features.links) group(link).links.push(link);
  for (const image of features.images) group(image).images.push(image);
  for (const { links, images } of groups.values()) {
    const span = (links[0] ?? images[0])!.span;
    if (links.length + images.length < 2) continue;
    const html = text.slice(span.start - base, span.end - base);
    if (!html.startsWith('<')) continue;
    const found = htmlPlaces(html);
    const place = (items: Placed[], tags: Array<{ url: string; start: number; end: number }>) => {
      if (tags.length !== items.length || tags.some((tag, i) => tag.url !== items[i]!.url)) return;
      items.forEach((item, i) => places.set(item, { start: span.start + tags[i]!.start, end: span.start + tags[i]!.end }));
    };
    place(links, found.links);
    place(images, found.images);
  }
  return places;
}
