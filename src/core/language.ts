/**
 * The language of a document from what the author says: a language tag in
 * the file name (`guide.de.md`, `README.pt-BR.md`, `docs/ja/intro.md`) or a
 * `lang`/`language`/`locale` front-matter key. Returns a BCP 47 tag or null.
 */
const tagPattern = /^[a-z]{2,3}(?:[-_](?:[A-Za-z]{4}|[A-Za-z]{2}|\d{3}))?$/;

/** Common two-letter codes; a name like `api.md` or `v2.md` must not read as a language. */
const knownLanguages = new Set(
  'af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl ps pt ro ru si sk sl sq sr sv sw ta te th tl tr uk ur uz vi zh zu'.split(
    ' ',
  ),
);

export function languageFromPath(path: string): string | null {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  const segments = name.split('.');
  // name.xx.md: the segment before the extension.
  if (segments.length >= 3) {
    const tag = toTag(segments[segments.length - 2]!);
    if (tag) return tag;
  }
  // docs/xx/page.md or pages.xx/page.md: the nearest directory that is a tag.
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i]!;
    const tag = toTag(part) ?? toTag(part.replace(/^[^.]+\./, ''));
    if (tag) return tag;
  }
  return null;
}

export function languageFromFrontMatter(data: Record<string, unknown> | null): string | null {
  if (!data) return null;
  for (const key of ['lang', 'language', 'locale']) {
    const value = data[key];
    if (typeof value === 'string') {
      const tag = toTag(value.trim());
      if (tag) return tag;
    }
  }
  return null;
}

/** True for a language tag such as `ko`, `en-US`, `zh-hans`, `pt_BR` whose language is a known one. */
export function isLanguageCode(candidate: string): boolean {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}))?$/i.exec(candidate);
  return match !== null && knownLanguages.has(match[1]!.toLowerCase()) && (match[1] === match[1]!.toLowerCase() || match[2] === undefined);
}

function toTag(candidate: string): string | null {
  if (!tagPattern.test(candidate)) return null;
  const [language, region] = candidate.split(/[-_]/);
  if (!knownLanguages.has(language!.toLowerCase())) return null;
  return region
    ? `${language!.toLowerCase()}-${region.length === 4 ? region[0]!.toUpperCase() + region.slice(1).toLowerCase() : region.toUpperCase()}`
    : language!.toLowerCase();
}

/** Scripts written right to left. */
export function isRightToLeft(language: string | null): boolean {
  return language !== null && /^(ar|fa|he|ps|ur|yi|dv|ckb|sd|ug)(-|$)/.test(language);
}
