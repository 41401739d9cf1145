/**
 * Names that tell the two sides of a pair apart. Translations often share a
 * file name (`en/README.md` and `fr/README.md`, or two files both called
 * `README.md` in the app, which knows no folders): a title of
 * `README.md ↔ README.md` says nothing. The base names are used while they
 * differ; else as many trailing folders as it takes; else the languages.
 */

export interface NamedSide {
  /** The path as given, or a file name. */
  name: string;
  language: string | null;
}

function segments(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
}

/** Short names for a pair's sides that differ whenever the sides can be told apart by their paths or languages. */
export function distinctNames(left: NamedSide, right: NamedSide): { left: string; right: string } {
  const a = segments(left.name);
  const b = segments(right.name);
  for (let count = 1; count <= Math.max(a.length, b.length); count++) {
    const tailA = a.slice(-count).join('/');
    const tailB = b.slice(-count).join('/');
    if (tailA !== tailB) return { left: tailA || left.name, right: tailB || right.name };
  }
  const withLanguage = (side: NamedSide) => (side.language ? `${side.name} (${side.language})` : side.name);
  if (left.language !== right.language) return { left: withLanguage(left), right: withLanguage(right) };
  return { left: left.name, right: right.name };
}
