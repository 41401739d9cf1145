/**
 * Every check, in the order the catalog lists them. Adding a check is its
 * file, its test file and one line here; tests fail when one is missing.
 */
import { blockKind } from './block-kind.js';
import { bulletMarker } from './bullet-marker.js';
import { frontmatterKeys } from './frontmatter-keys.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { headingFormat } from './heading-format.js';
import { headingLevel } from './heading-level.js';
import { linkCount } from './link-count.js';
import { linkSpan } from './link-span.js';
import { linkTarget } from './link-target.js';
import { listItems } from './list-items.js';
import { missingBlock } from './missing-block.js';
import { missingSection } from './missing-section.js';
import type { Check } from './types.js';

export const checks: readonly Check[] = [
  missingSection,
  missingBlock,
  headingLevel,
  blockKind,
  listItems,
  headingFormat,
  bulletMarker,
  linkCount,
  linkTarget,
  linkSpan,
  frontmatterKeys,
  frontmatterSyntax,
];
