/**
 * Link targets as compared across languages. Translators rightly link to the
 * localized version of the same page (`developer.mozilla.org/en-US/docs/x`
 * → `/ko/docs/x`, `nodejs.org/en/download` → `/ja/download`,
 * `javascript.info` → `ko.javascript.info`): a language marker is not part of
 * the target's identity.
 *
 * One parse (`parseUrl`) finds the site, the path, the query and every
 * language marker; normalising (`normalizeUrl`) and marker detection
 * (`hasLanguageMarker`) both derive from it, so they can never disagree on
 * what a marker is.
 */
import { isLanguageCode } from '../language.js';

/** Language names some projects put into localized file names: `guide.basque.md`, `README.french.md`. */
const languageNames =
  /\.(arabic|basque|brazilian-portuguese|chinese|czech|dutch|english|french|german|greek|hebrew|hindi|hungarian|indonesian|italian|japanese|korean|persian|polish|portuguese|romanian|russian|spanish|swedish|thai|turkish|ukrainian|vietnamese|[a-z]{2}(?:[-_][a-z]{2})?)(?=\.(?:md|mdx|html?)$)/i;

const localeParameters = /([?&])(hl|lang|language|locale)=[^&#]*(&|(?=#)|$)/i;

/** Codes that are also common path words: a language marker only as the first segment (`/it/guida`), never deeper (`/api/id/`). */
const pathWords = new Set(['id', 'is', 'it', 'no', 'am', 'as', 'be', 'de', 'el', 'hi', 'my', 'to', 'uk']);

/** Only the first segments carry a language: /ko/docs/…, /en-US/docs/…, /docs/ko/…, /lang/ko. */
const languageSegmentDepth = 4;

interface ParsedUrl {
  /** `https://` (http reads as https: the same page), or '' for a relative target. */
  scheme: string;
  /** Host labels, lower case, `www.` dropped, a leading language label (`ko.javascript.info`) excluded. */
  host: string[];
  /** The language label the host started with, or null. */
  hostLanguage: string | null;
  /** Path segments (split at `/`), NFC, with the language segment (and a `lang/` before it) removed. */
  segments: string[];
  /** The language path segment that was removed, or null. */
  pathLanguage: string | null;
  /** The language infix removed from the file name (`README.french.md`), or null. */
  fileLanguage: string | null;
  /** Query and fragment as written, locale parameters (`?hl=ko`) removed. */
  rest: string;
  /** The query had a locale parameter. */
  localeParameter: boolean;
}

function parseUrl(url: string): ParsedUrl {
  // NFC: macOS and some editors write decomposed characters (`café` as `cafe` + U+0301).
  let value = url.trim().normalize('NFC');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(value);
  let scheme = '';
  let host: string[] = [];
  let hostLanguage: string | null = null;
  if (match) {
    host = match[2]!
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.');
    if (host.length >= 3 && isLanguageCode(host[0]!)) hostLanguage = host.shift()!;
    scheme = match[1]!.toLowerCase().replace(/^http:/, 'https:');
    value = match[3]!;
  }
  const pathEnd = value.search(/[?#]/);
  const segments = (pathEnd === -1 ? value : value.slice(0, pathEnd)).split('/');
  const query = pathEnd === -1 ? '' : value.slice(pathEnd);
  let pathLanguage: string | null = null;
  for (let i = 1; i < Math.min(segments.length, languageSegmentDepth); i++) {
    const segment = segments[i]!;
    if (isLanguageCode(segment) && (i === 1 || !pathWords.has(segment))) {
      pathLanguage = segment;
      segments.splice(i, 1);
      if (i > 1 && /^(lang|language|locale)$/i.test(segments[i - 1]!)) segments.splice(i - 1, 1);
      break;
    }
  }
  let fileLanguage: string | null = null;
  const last = segments.length - 1;
  const infix = languageNames.exec(segments[last]!);
  if (infix && (infix[1]!.length > 3 || isLanguageCode(infix[1]!))) {
    fileLanguage = infix[1]!;
    segments[last] = segments[last]!.replace(languageNames, '');
  }
  const localeParameter = localeParameters.test(query);
  const rest = localeParameter
    ? query.replace(localeParameters, (_all, before: string, _key, after: string) => (after === '&' ? before : '')).replace(/^\?(?=#|$)/, '')
    : query;
  return { scheme, host, hostLanguage, segments, pathLanguage, fileLanguage, rest, localeParameter };
}

/** The target's identity across languages: the URL with every language marker removed. */
export function normalizeUrl(url: string): string {
  const parsed = parseUrl(url);
  return `${siteOfParsed(parsed)}${parsed.segments.join('/').replace(/\/+$/, '')}${parsed.rest}`;
}

/** True when a target carries a language marker (a language host label, path segment, file infix or parameter). */
export function hasLanguageMarker(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed.hostLanguage !== null || parsed.pathLanguage !== null || parsed.fileLanguage !== null || parsed.localeParameter;
}

/** `https://example.org` for an absolute URL (language label dropped), '' for a relative one. */
export function siteOf(url: string): string {
  return siteOfParsed(parseUrl(url));
}

/**
 * The page with its host's first label set aside: `https://*.insiderattack.net/post` for both
 * `blog.insiderattack.net/post` and `jsblog.insiderattack.net/post` (a blog that moved to another subdomain of its
 * site, a translation linking the newer address). Null for a relative target or a site's home page, which say
 * nothing. Two targets with the same key and different hosts are likely, not certainly, the same page: weak evidence.
 */
export function siblingHostPage(url: string): string | null {
  const parsed = parseUrl(url);
  const path = parsed.segments.join('/').replace(/\/+$/, '');
  if (!parsed.scheme || parsed.host.length < 2 || path === '') return null;
  const parent = parsed.host.length >= 3 ? parsed.host.slice(1) : parsed.host;
  return `${parsed.scheme}*.${parent.join('.')}${path}${parsed.rest}`;
}

function siteOfParsed(parsed: ParsedUrl): string {
  return `${parsed.scheme}${parsed.host.join('.')}`;
}

const segmentSplit = /([/._-])/;
const langWithRegion = /\{lang\}[-_][A-Za-z]{2,4}(?=$|[/._-])/g;

/**
 * Paths and URLs with the documents' own language codes set aside wherever
 * they stand (`/img/de/a.png` = `/img/pl/a.png`, `diagram-de.svg` = `diagram-pl.svg`),
 * then normalised: for assets, which projects localise by any path part.
 */
export function languageNeutral(languages: ReadonlyArray<string | null>): (url: string) => string {
  const codes = new Set<string>();
  for (const tag of languages) {
    if (!tag) continue;
    codes.add(tag.toLowerCase());
    codes.add(tag.split(/[-_]/)[0]!.toLowerCase());
  }
  return (url) => {
    const parts = url.trim().split(segmentSplit);
    const marked = parts
      .map((part: string, k: number) => {
        if (codes.has(part.toLowerCase())) return '{lang}';
        // Whole directory names that are language codes (`/img/de/`), whatever the documents' languages.
        return parts[k - 1] === '/' && parts[k + 1] === '/' && isLanguageCode(part) ? '{lang}' : part;
      })
      .join('')
      .replace(langWithRegion, '{lang}');
    return normalizeUrl(marked);
  };
}
