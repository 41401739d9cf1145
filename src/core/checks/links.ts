/**
 * Links as a reader sees them: adjacent links with the same target (a link
 * split in two) count as one logical link whose parts are kept.
 */
import type { BlockFeatures, LinkToken } from '../model/types.js';

export interface LogicalLink {
  url: string;
  /** Normalised target, for comparison. */
  target: string;
  parts: LinkToken[];
  textStart: number;
  textEnd: number;
}

export function logicalLinks(features: BlockFeatures): LogicalLink[] {
  const links: LogicalLink[] = [];
  for (const link of features.links) {
    const last = links[links.length - 1];
    if (link.continuesPrevious && last) {
      last.parts.push(link);
      last.textEnd = link.textEnd;
    } else {
      links.push({ url: link.url, target: link.target, parts: [link], textStart: link.textStart, textEnd: link.textEnd });
    }
  }
  return links;
}
