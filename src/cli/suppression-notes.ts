/** Notes about inline suppression comments that cannot do what their author meant. */
import { checks } from '../core/index.js';
import { unknownCheckNames } from '../core/suppressions.js';
import { didYouMean } from '../core/vocabulary/did-you-mean.js';

/** One note per check name in a suppression comment that names no check: it silences nothing. */
export function suppressionTypos(path: string, text: string): string[] {
  const ids = checks.map((check) => check.id);
  return unknownCheckNames(text, ids).map(({ line, name }) => {
    const guess = didYouMean(name, ids);
    return `${path}:${line}: the suppression comment names “${name}”, which is no check${guess ? `; did you mean ${guess}?` : ''}`;
  });
}
