/**
 * Link targets as compared across languages. Translators rightly link to the
 * localized version of the same page (`developer.mozilla.org/en-US/docs/x`
 * → `/ko/docs/x`, `nodejs.org/en/download` → `/ja/download`,
 * `javascript.info` → `ko.javascript.info`): a language tag in the first path
 * segments or as the first host label is not part of the target's identity.
 */
import { isLanguageCode } from '../language.js';

/** Language names some projects put into localized file names: `guide.basque.md`, `README.french.md`. */
const languageNames =
  /\.(arabic|basque|brazilian-portuguese|chinese|czech|dutch|english|french|german|greek|hebrew|hindi|hungarian|indonesian|italian|japanese|korean|persian|polish|portuguese|romanian|russian|spanish|swedish|thai|turkish|ukrainian|vietnamese|[a-z]{2}(?:[-_][a-z]{2})?)(?=\.(?:md|mdx|html?)$)/i;

const localeParameters = /([?&])(hl|lang|language|locale)=[^&#]*(&|(?=#)|$)/i;

const pathWords = new Set(['id', 'is', 'it', 'no', 'am', 'as', 'be', 'de', 'el', 'hi', 'my', 'to', 'uk']);

export function normalizeUrl(url: string): string {
  // NFC: macOS and some editors write decomposed characters (`café` as `cafe` + U+0301).
  let value = url.trim().normalize('NFC');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(value);
  let prefix = '';
  if (match) {
    const labels = match[2]!
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.');
    if (labels.length >= 3 && isLanguageCode(labels[0]!)) labels.shift();
    // http and https reach the same page.
    prefix = `${match[1]!.toLowerCase().replace(/^http:/, 'https:')}${labels.join('.')}`;
    value = match[3]!;
  }
  const pathEnd = value.search(/[?#]/);
  const path = pathEnd === -1 ? value : value.slice(0, pathEnd);
  const rest = pathEnd === -1 ? '' : value.slice(pathEnd);
  const segments = path.split('/');
  // Only the first segments: /ko/docs/…, /en-US/docs/…, /docs/ko/…, /lang/ko. Deeper than the first,
  // codes that are also common path words (/api/id/, /users/me) stay.
  for (let i = 1; i < Math.min(segments.length, 4); i++) {
    const segment = segments[i]!;
    if (isLanguageCode(segment) && (i === 1 || !pathWords.has(segment))) {
      segments.splice(i, 1);
      if (i > 1 && /^(lang|language|locale)$/i.test(segments[i - 1]!)) segments.splice(i - 1, 1);
      break;
    }
  }
  const last = segments.length - 1;
  const infix = languageNames.exec(segments[last]!);
  if (infix && (infix[1]!.length > 3 || isLanguageCode(infix[1]!))) segments[last] = segments[last]!.replace(languageNames, '');
  const normalizedPath = segments.join('/').replace(/\/+$/, '');
  const query = rest
    .replace(localeParameters, (_all, before: string, _key, after: string) => (after === '&' ? before : ''))
    .replace(/^\?(?=#|$)/, '');
  return `${prefix}${normalizedPath}${query}`;
}

/** True when a target carries a language marker (a language host label, path segment, file infix or parameter). */
export function hasLanguageMarker(url: string): boolean {
  const trimmed = url.trim();
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(trimmed)?.[1] ?? '';
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  if (labels.length >= 3 && isLanguageCode(labels[0]!)) return true;
  const path = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0]!;
  if (
    path
      .split('/')
      .slice(1, 4)
      .some((segment) => isLanguageCode(segment) && !pathWords.has(segment))
  )
    return true;
  return localeParameters.test(trimmed) || languageNames.test(path);
}
