/** A configured do-not-translate term present on one side of an aligned block only. */
import { pairedContent, type UnitSide } from './units.js';
import type { Check } from './types.js';

export const protectedTerm: Check = {
  id: 'protected-term',
  severity: 'warning',
  summary: 'A configured do-not-translate term (a product or brand name) appears on one side of an aligned block only.',
  rationale:
    'Product, brand and feature names are kept as they are in every language; a translator who translates one (“Visual Studio Code” as “Código de Visual Studio”) or drops it makes the page harder to search and the product harder to recognise. The terms come from `protectedTerms` in the configuration, and from a `protectedTerms` list in either page’s front matter. A term counts when it starts a word, and inflected forms (`Kubernetesa`, `Docker-Image`, `Dockerの`) count as the term; a term written in another case is reported as info.',
  bad: {
    left: '---\nprotectedTerms: [Visual Studio Code]\n---\n\nÖffnen Sie das Projekt in Visual Studio Code und starten Sie den Debugger.\n',
    right: '---\nprotectedTerms: [Visual Studio Code]\n---\n\nAbra el proyecto en Código de Visual Studio e inicie el depurador.\n',
    note: 'With “Visual Studio Code” protected (here in the front matter), the Spanish text translated the product name.',
  },
  good: {
    left: '---\nprotectedTerms: [Visual Studio Code]\n---\n\nÖffnen Sie das Projekt in Visual Studio Code und starten Sie den Debugger.\n',
    right: '---\nprotectedTerms: [Visual Studio Code]\n---\n\nAbra el proyecto en Visual Studio Code e inicie el depurador.\n',
    note: 'The product name is kept.',
  },
  run(context, emit) {
    const configured = [
      ...(context.config.protectedTerms ?? []),
      ...frontMatterTerms(context.left.frontMatter?.data),
      ...frontMatterTerms(context.right.frontMatter?.data),
    ];
    const terms = [...new Set(configured.map((term) => term.trim()).filter((term) => term.length > 0))];
    if (terms.length === 0) return;
    for (const { row, left, right } of pairedContent(context.units)) {
      const textA = searchText(left);
      const textB = searchText(right);
      for (const term of terms) {
        const a = countTerm(textA, term);
        const b = countTerm(textB, term);
        if (a > 0 === b > 0) continue;
        const side = a > 0 ? 'left' : 'right';
        const other = a > 0 ? 'right' : 'left';
        const otherText = a > 0 ? textB : textA;
        const otherCase = countTerm(otherText.toLowerCase(), term.toLowerCase()) > 0;
        emit({
          message: otherCase
            ? `Protected term written in another case: the ${side} has “${term}”, the ${other} writes it in another case.`
            : `Protected term on one side only: the ${side} has “${term}”, the ${other} does not (translated or dropped?).`,
          left: left.span,
          right: right.span,
          row,
          severity: otherCase ? 'info' : undefined,
        });
      }
    }
  },
};

/** Terms a page declares for itself: `protectedTerms` (or `protected_terms`) in its front matter. */
function frontMatterTerms(data: Record<string, unknown> | null | undefined): string[] {
  const value = data?.protectedTerms ?? data?.protected_terms;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((term): term is string => typeof term === 'string') : [];
}

/** The text a term is looked for in: prose without URLs, plus inline code (a name may be written as code). */
function searchText(unit: UnitSide): string {
  const { codes } = unit.features;
  return codes.length === 0 ? unit.prose : `${unit.prose}\n${codes.map((code) => code.value).join('\n')}`;
}

const wordCharacter = /[\p{L}\p{N}_]/u;
/** What may follow a term inside one word: an inflection (`Kubernetesa`, `Dockers`) or a compound joint (`Docker-Image`). */
const maxSuffix = 3;

/** Occurrences of `term` that start a word; the word may go on for a short inflection or after a hyphen. */
function countTerm(text: string, term: string): number {
  let count = 0;
  let at = text.indexOf(term);
  while (at >= 0) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const startsWord = !wordCharacter.test(before) || !wordCharacter.test(term[0]!) || isCaseless(before);
    if (startsWord && endsAcceptably(text, at + term.length, term)) count++;
    at = text.indexOf(term, at + term.length);
  }
  return count;
}

const caseless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

function isCaseless(char: string): boolean {
  return caseless.test(char);
}

function endsAcceptably(text: string, end: number, term: string): boolean {
  if (end >= text.length || !wordCharacter.test(term[term.length - 1]!)) return true;
  let k = end;
  while (k < text.length && k - end <= maxSuffix && wordCharacter.test(text[k]!) && !isCaseless(text[k]!)) k++;
  const suffix = k - end;
  if (suffix === 0) return true;
  // A longer word that merely starts with the term (`Go` in `Google`) is not the term.
  return suffix <= maxSuffix && (k >= text.length || !wordCharacter.test(text[k]!) || isCaseless(text[k]!)) && term.length > suffix;
}
