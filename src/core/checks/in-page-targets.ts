/**
 * In-page anchors are translated with their headings: `#voraussetzungen` and
 * `#requisitos-previos` are the same link when each names its own side's
 * heading and the two headings are aligned. Where the headings are not
 * aligned (a stale table of contents), the pairing is learnt from the files
 * themselves: aligned blocks whose only link is an in-page link on both sides
 * (`<a href="#table-of-contents">⬆ Return to top</a>` against
 * `<a href="#table-des-matières">⬆ Retourner en haut</a>`) pair the two
 * fragments, when they always pair the same way.
 */
import { fragmentResolver, type FragmentResolver } from '../model/in-page-links.js';
import { logicalLinks } from './links.js';
import type { CheckContext } from './types.js';

export interface InPageTargets {
  /** The target as compared across the pair: an aligned heading pair's key, the learnt left fragment, or the target itself. */
  left: (target: string) => string;
  right: (target: string) => string;
  /** Whether the target (an in-page one) names the same thing on both sides by heading or by learnt pairing. */
  resolvedLeft: (target: string) => boolean;
  resolvedRight: (target: string) => boolean;
}

const cache = new WeakMap<CheckContext, InPageTargets>();

export function inPageTargets(context: CheckContext): InPageTargets {
  const cached = cache.get(context);
  if (cached) return cached;
  const leftFragments = fragmentResolver(context.left);
  const rightFragments = fragmentResolver(context.right);
  const rightToLeft = new Map<number, number>();
  const leftPaired = new Set<number>();
  for (const row of context.alignment.rows)
    if (row.left !== null && row.right !== null) {
      rightToLeft.set(row.right, row.left);
      leftPaired.add(row.left);
    }
  const heading = (resolver: FragmentResolver, target: string) => {
    const resolved = target.startsWith('#') ? resolver.resolve(target.slice(1)) : null;
    return typeof resolved === 'number' ? resolved : undefined;
  };
  const leftHeading = (target: string) => {
    const index = heading(leftFragments, target);
    return index !== undefined && leftPaired.has(index) ? index : undefined;
  };
  const rightHeading = (target: string) => {
    const index = heading(rightFragments, target);
    return index === undefined ? undefined : rightToLeft.get(index);
  };
  const leftKey = (target: string) => {
    const index = leftHeading(target);
    return index === undefined ? target : `#heading-${index}`;
  };
  const learnt = learntFragments(context, leftKey, rightHeading);
  const learntLeft = new Set(learnt.values());
  const targets: InPageTargets = {
    left: leftKey,
    right: (target) => {
      const learntKey = learnt.get(target);
      if (learntKey !== undefined) return learntKey;
      const index = rightHeading(target);
      return index === undefined ? target : `#heading-${index}`;
    },
    resolvedLeft: (target) => leftHeading(target) !== undefined || learntLeft.has(leftKey(target)),
    resolvedRight: (target) => rightHeading(target) !== undefined || learnt.has(target),
  };
  cache.set(context, targets);
  return targets;
}

/**
 * Right fragment → the left key it pairs with, from aligned blocks whose one link is in-page on both sides and
 * whose right fragment names no aligned heading; pairings that disagree are dropped.
 */
function learntFragments(
  context: CheckContext,
  leftKey: (target: string) => string,
  rightHeading: (target: string) => number | undefined,
): Map<string, string> {
  const learnt = new Map<string, { key: string; seen: number } | null>();
  for (const { left, right } of context.rows) {
    if (!left || !right) continue;
    const a = logicalLinks(left.features);
    const b = logicalLinks(right.features);
    if (a.length !== 1 || b.length !== 1) continue;
    const x = a[0]!.target;
    const y = b[0]!.target;
    if (!x.startsWith('#') || !y.startsWith('#') || x === y) continue;
    const key = leftKey(x);
    const known = learnt.get(y);
    if (known === null) continue;
    learnt.set(y, known === undefined ? { key, seen: 1 } : known.key === key ? { key, seen: known.seen + 1 } : null);
  }
  const result = new Map<string, string>();
  const leftTaken = new Map<string, number>();
  for (const pairing of learnt.values()) if (pairing) leftTaken.set(pairing.key, (leftTaken.get(pairing.key) ?? 0) + 1);
  for (const [y, pairing] of learnt) {
    // One left target learnt for two right ones is no pairing either. When both fragments name aligned headings, and
    // not each other's, the headings' pairing stands unless aligned copies (a "back to top" link after every chapter)
    // say otherwise more than once.
    if (!pairing || leftTaken.get(pairing.key) !== 1) continue;
    if (rightHeading(y) === undefined || !pairing.key.startsWith('#heading-') || pairing.seen >= 2) result.set(y, pairing.key);
  }
  return result;
}
