/**
 * Example names a translation localised: `my_image` → `mon_image`,
 * `<database-name>` → `<nom-base-de-données>`, `package-name` → `nom-du-paquet`.
 * Code is not translated, but the names an example makes up are, on many
 * sites; a check that compares code asks here whether its difference is only
 * that (info), or a change to the code (a warning).
 */
import { codeParts, lineCount } from './code-text.js';

export interface NameTests {
  /** The name reads as the translation's language. */
  localised: (name: string) => boolean;
  /** The source declares the name: the example's own variable, component or function. */
  ownName: (name: string) => boolean;
}

/** A name that reads as the translation's language: letters outside ASCII, or a word (of 3 letters or more) the source document never uses. */
export function readsLocalised(sourceText: string): (name: string) => boolean {
  let words: Set<string> | null = null;
  return (name) => {
    if (nonAscii.test(name)) return true;
    words ??= new Set(sourceText.toLowerCase().match(letterRun) ?? []);
    return (name.match(namePart) ?? []).some((part) => part.length >= 3 && !words!.has(part.toLowerCase()));
  };
}

/** A binding the source document declares (`const myImage`, `function Profile`, `import logo from`): the example's own name. */
export function declaredIn(sourceText: string): (name: string) => boolean {
  let declared: Set<string> | null = null;
  return (name) => {
    declared ??= new Set(Array.from(sourceText.matchAll(declaration), (match) => match[1]!));
    return declared.has(name);
  };
}

/** Words of code: identifiers, file names and placeholders (`my_image`, `make-it-green`, `<database-name>`). */
const codeName = /[\p{L}\p{N}_$]+(?:-[\p{L}\p{N}_$]+)*/gu;
/** The words of a name: `imagePouvantEtreUnSvg` → image, Pouvant, Etre, Un, Svg; `mon_image` → mon, image. */
const namePart = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu;
const letterRun = /\p{L}+/gu;
const nonAscii = /[^\x00-\x7F]/;
const renamedName = 'ʀ';
/** A binding a document declares: `const x`, `let`, `var`, `function`, `class`, a default import, `as x`, Python's `def`. */
const declaration = /\b(?:const|let|var|function\*?|class|import|as|def|interface|type|enum)\s+([\p{L}\p{N}_$]+)/gu;
/** A placeholder in a command: `<database-name>`. */
const placeholder = /<([\p{L}\p{N}_$]+(?:-[\p{L}\p{N}_$]+)*)>/gu;
const stringOrText = /(["'`])(?:(?!\1)[^\\\n]|\\.)*\1|>[^<>{}\n]*</g;

/**
 * Example names the translation localised (`my_image` → `mon_image`, `<database-name>` → `<nom-base-de-données>`,
 * `imageThatMightBeAnSvg` → `imagePouvantEtreUnSvg`): each name only the right has reads as the translation's language,
 * and once every name on one side only is set aside, the code is the same line for line. Null otherwise; else the
 * first renamings, for the message.
 */
export function localisedNames(codeA: string, codeB: string, lang: string | null, { localised, ownName }: NameTests): string | null {
  // Names in code, not in strings or text between tags (which the skeleton sets aside anyway).
  const namesOf = (code: string) => new Set(code.replace(stringOrText, '').match(codeName) ?? []);
  const namesA = namesOf(codeA);
  const namesB = namesOf(codeB);
  const onlyA = [...namesA].filter((name) => !namesB.has(name));
  const onlyB = [...namesB].filter((name) => !namesA.has(name));
  if (onlyA.length === 0 || onlyB.length === 0 || !onlyB.every(localised)) return null;
  const placeholders = new Set(Array.from(codeA.matchAll(placeholder), (match) => match[1]!));
  if (!onlyA.every((name) => ownName(name) || placeholders.has(name))) return null;
  const setAside = (code: string, only: string[]) => {
    const names = new Set(only);
    return code.replace(codeName, (name) => (names.has(name) ? renamedName : name));
  };
  const restA = codeParts(setAside(codeA, onlyA), lang);
  const restB = codeParts(setAside(codeB, onlyB), lang);
  if (restA.skeleton !== restB.skeleton || lineCount(restA.code) !== lineCount(restB.code)) return null;
  const shown = onlyA.slice(0, 2).map((name, k) => (onlyB[k] ? `“${name}” → “${onlyB[k]}”` : `“${name}”`));
  return `${shown.join(', ')}${onlyA.length > 2 ? ', …' : ''}`;
}
