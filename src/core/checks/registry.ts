/**
 * Every check, in the order the catalog lists them. Adding a check is its
 * file, its test file and one line here; tests fail when one is missing.
 */
import { blockKind } from './block-kind.js';
import { brokenAnchor } from './broken-anchor.js';
import { bulletMarker } from './bullet-marker.js';
import { codeBlock } from './code-block.js';
import { codeSpan } from './code-span.js';
import { directiveType } from './directive-type.js';
import { frontmatterKeys } from './frontmatter-keys.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { frontmatterValue } from './frontmatter-value.js';
import { headingFormat } from './heading-format.js';
import { headingId } from './heading-id.js';
import { headingLevel } from './heading-level.js';
import { image } from './image.js';
import { inlineFormat } from './inline-format.js';
import { invisibleCharacter } from './invisible-character.js';
import { lengthRatio } from './length-ratio.js';
import { linkCount } from './link-count.js';
import { linkSpan } from './link-span.js';
import { linkTarget } from './link-target.js';
import { listItems } from './list-items.js';
import { mdxComponent } from './mdx-component.js';
import { mdxImport } from './mdx-import.js';
import { mdxSyntax } from './mdx-syntax.js';
import { missingBlock } from './missing-block.js';
import { missingSection } from './missing-section.js';
import { numberMismatch } from './number-mismatch.js';
import { protectedTerm } from './protected-term.js';
import { punctuation } from './punctuation.js';
import { sentenceCount } from './sentence-count.js';
import { tableShape } from './table-shape.js';
import { untranslated } from './untranslated.js';
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
  brokenAnchor,
  linkSpan,
  frontmatterKeys,
  frontmatterSyntax,
  numberMismatch,
  codeSpan,
  codeBlock,
  tableShape,
  image,
  inlineFormat,
  frontmatterValue,
  untranslated,
  lengthRatio,
  sentenceCount,
  protectedTerm,
  punctuation,
  invisibleCharacter,
  mdxSyntax,
  mdxComponent,
  mdxImport,
  directiveType,
  headingId,
];
