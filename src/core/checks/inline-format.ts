/** Aligned blocks with different emphasis, strong, strikethrough or hard-break marks. */
import type { DocumentModel, MarkCounts } from '../model/types.js';
import { pairedContent, type UnitSide } from './units.js';
import { isCjk, languagesOf } from './prose.js';
import type { Check, Severity } from './types.js';

export const inlineFormat: Check = {
  id: 'inline-format',
  severity: 'warning',
  summary:
    'Aligned blocks differ in strikethrough, in emphasis and strong text, or in hard line breaks; or one side writes `**` that does not render.',
  rationale:
    'Strikethrough marks what no longer holds, strong text what the reader must not miss, a hard line break holds an address or a verse together. Marks are counted per aligned block (per item in lists), HTML tags (`<strong>`, `<em>`, `<del>`, `<br>`) included: Korean and Japanese translators use them where `**` next to a particle does not render. Emphasis and strong count together, because Chinese and Japanese have no italics and turn emphasis into bold, and translations merge or split highlighted phrases freely: a different count is info, and a warning only when every highlight of a block is gone. Hard line breaks are often added or dropped for layout (`<br/>` spacers): info. A lost or added strikethrough is a warning, and so is `**text**` left as literal asterisks (CommonMark does not read `**` as strong next to a letter on one side and punctuation on the other, a common defect in CJK text).',
  bad: {
    left: 'Der Parameter `--legacy` ist ~~empfohlen~~ veraltet.\n',
    right: 'El parámetro `--legacy` está recomendado y obsoleto.\n',
    note: 'The Spanish sentence lost the strikethrough and now says the opposite.',
  },
  good: {
    left: '**Achtung:** Löschen Sie den Ordner *erst* nach dem Backup.\n',
    right: '**注意：** 请在**备份之后**再删除该文件夹。\n',
    note: 'The emphasis became bold in Chinese, which has no italics.',
  },
  run(context, emit) {
    // Chinese, Japanese and Korean have no italics: emphasis dropped there is typography, not loss.
    const languages = languagesOf(context);
    const cjk = isCjk(languages.left) || isCjk(languages.right);
    for (const { row, left, right } of pairedContent(context.units)) {
      const a = marksOf(left, context.left);
      const b = marksOf(right, context.right);
      const literalA = literalStrong(left);
      const literalB = literalStrong(right);
      const parts: string[] = [];
      let severity: Severity = 'info';
      if (a.delete !== b.delete) {
        parts.push(`the left has ${count(a.delete, 'strikethrough')}, the right ${b.delete}`);
        severity = 'warning';
      }
      if (literalA !== literalB) {
        parts.push(
          literalA ? 'the left writes “**” that CommonMark does not read as strong' : 'the right writes “**” that CommonMark does not read as strong',
        );
        severity = 'warning';
      }
      const stressA = a.emphasis + a.strong;
      const stressB = b.emphasis + b.strong;
      if (stressA !== stressB) {
        parts.push(`the left has ${count(stressA, 'emphasized or strong span')}, the right ${stressB}`);
        const [weightA, weightB] = cjk ? [a.strong, b.strong] : [stressA, stressB];
        if (Math.min(stressA, stressB) === 0 && Math.max(weightA, weightB) >= 2 && !(literalA || literalB)) severity = 'warning';
      }
      if (a.break !== b.break) {
        parts.push(`the left has ${count(a.break, 'hard line break')}, the right ${b.break}`);
      }
      if (parts.length === 0) continue;
      emit({ message: `Inline formatting differs: ${parts.join('; ')}.`, left: left.span, right: right.span, row, severity });
    }
  },
};

function count(value: number, name: string): string {
  return `${value} ${value === 1 ? name : `${name}s`}`;
}

const codeSpan = /(`+)[^`]*?\1/g;
const htmlMark = /<(strong|b|em|i|del|s|strike|br)\b[^>]*>/gi;

/** Mark counts, with inline HTML tags found in the unit's source counted too. */
function marksOf(unit: UnitSide, document: DocumentModel): MarkCounts {
  const marks = { ...unit.features.marks };
  let source = document.text.slice(unit.span.start, unit.span.end);
  if (!source.includes('<')) return marks;
  if (source.includes('`')) source = source.replace(codeSpan, '');
  for (const match of source.matchAll(htmlMark)) {
    const tag = match[1]!.toLowerCase();
    if (tag === 'strong' || tag === 'b') marks.strong++;
    else if (tag === 'em' || tag === 'i') marks.emphasis++;
    else if (tag === 'br') marks.break++;
    else marks.delete++;
  }
  return marks;
}

const literalPattern = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__/;

/** `**text**` left in the plain text: a strong span CommonMark did not recognise. */
function literalStrong(unit: UnitSide): boolean {
  const text = unit.features.text;
  if (!text.includes('**') && !text.includes('__')) return false;
  return literalPattern.test(unit.prose);
}
