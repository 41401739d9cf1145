/**
 * Inline suppression comments, in markdownlint's grammar with `mdparity-` in
 * place of `markdownlint-`, in either file (in MDX, `{/* mdparity-disable *\/}`):
 *
 *   <!-- mdparity-disable -->                     every check, from this line on
 *   <!-- mdparity-disable link-target code-span --> the named checks, from this line on
 *   <!-- mdparity-enable [checks] -->             undo, from this line on
 *   <!-- mdparity-disable-line [checks] -->       this line only
 *   <!-- mdparity-disable-next-line [checks] -->  the next line only
 *   <!-- mdparity-capture --> / <!-- mdparity-restore -->  save and bring back the state
 *   <!-- mdparity-disable-file [checks] --> / <!-- mdparity-enable-file [checks] -->  the whole file
 *
 * A finding is suppressed when its check is disabled at its first line on
 * either side (a comment in the translation silences what the translation
 * means to differ; one in the source, what every translation may). Comments
 * inside fenced code and inside inline code are examples, not directives.
 * Line-based, like markdownlint: a finding that starts on another line than
 * the one a `-next-line` comment names is not silenced by it.
 */
import { splitLines } from './fingerprint.js';
import type { Finding, Location } from './report/types.js';

type Directive = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'capture' | 'restore' | 'disable-file' | 'enable-file';

// `<!-- … -->` in Markdown; `{/* … */}` in MDX, where HTML comments do not compile.
const directivePattern =
  /(?:<!--|\{\/\*)\s*mdparity-(disable-next-line|disable-line|disable-file|enable-file|disable|enable|capture|restore)((?:\s+[a-zA-Z][\w-]*)*)\s*(?:-->|\*\/\})/g;
const fencePattern = /^ {0,3}(`{3,}|~{3,})/;

/** Which checks are off: all of them unless an exception turns one back on, or only the listed ones. */
interface State {
  allOff: boolean;
  /** check → off (true) or on (false), overriding `allOff`. */
  overrides: Map<string, boolean>;
}

function copy(state: State): State {
  return { allOff: state.allOff, overrides: new Map(state.overrides) };
}

function isOff(state: State, check: string): boolean {
  return state.overrides.get(check) ?? state.allOff;
}

function setOff(state: State, checks: readonly string[], off: boolean): void {
  if (checks.length === 0) {
    state.allOff = off;
    state.overrides.clear();
  } else for (const check of checks) state.overrides.set(check, off);
}

/** A directive as written, for telling the author about a check name that matches no check. */
interface SuppressionComment {
  /** 1-based line of the comment. */
  line: number;
  directive: Directive;
  /** The check ids named, lower-cased; empty: every check. */
  checks: string[];
}

export interface Suppressions {
  /** True when `check` is silenced at this 1-based line. */
  isSuppressed(check: string, line: number): boolean;
  comments: SuppressionComment[];
  /** Lines that hold suppression comments and nothing else. */
  directiveLines: Set<number>;
}

/** The suppression comments of one document, read line by line. */
export function readSuppressions(text: string): Suppressions {
  const lines = splitLines(text);
  const comments: SuppressionComment[] = [];
  const directiveLines = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const opener = fencePattern.exec(line);
    if (fence !== null) {
      if (opener && opener[1]!.startsWith(fence) && line.trim() === opener[1]) fence = null;
      return;
    }
    if (opener) {
      fence = opener[1]!;
      return;
    }
    // An example in inline code (`<!-- mdparity-disable -->` in prose) is not a directive.
    const outsideCode = line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    for (const match of outsideCode.matchAll(directivePattern)) {
      const checks = match[2]!.trim() === '' ? [] : match[2]!.trim().toLowerCase().split(/\s+/);
      comments.push({ line: index + 1, directive: match[1] as Directive, checks });
    }
    if (comments.at(-1)?.line === index + 1 && outsideCode.replace(directivePattern, '').trim() === '') directiveLines.add(index + 1);
  });
  return { comments, directiveLines, isSuppressed: stateByLine(lines.length, comments) };
}

/** The per-line states the comments make, as a lookup. */
function stateByLine(lineCount: number, comments: readonly SuppressionComment[]): (check: string, line: number) => boolean {
  if (comments.length === 0) return () => false;
  const fileState: State = { allOff: false, overrides: new Map() };
  for (const comment of comments) {
    if (comment.directive === 'disable-file') setOff(fileState, comment.checks, true);
    else if (comment.directive === 'enable-file') setOff(fileState, comment.checks, false);
  }
  const states: State[] = new Array<State>(lineCount + 2);
  /** Extra checks off on one line only (`-line`, `-next-line`): line → state for that line. */
  const single = new Map<number, State>();
  let state = copy(fileState);
  let captured = copy(fileState);
  let next = 0;
  for (let line = 1; line <= lineCount + 1; line++) {
    let changed = false;
    while (next < comments.length && comments[next]!.line === line) {
      const comment = comments[next++]!;
      switch (comment.directive) {
        case 'disable':
        case 'enable':
          if (!changed) state = copy(state);
          changed = true;
          setOff(state, comment.checks, comment.directive === 'disable');
          break;
        case 'capture':
          captured = copy(state);
          break;
        case 'restore':
          state = copy(captured);
          changed = true;
          break;
        case 'disable-line':
        case 'disable-next-line': {
          const target = comment.directive === 'disable-line' ? line : line + 1;
          const extra = single.get(target) ?? { allOff: false, overrides: new Map<string, boolean>() };
          setOff(extra, comment.checks, true);
          single.set(target, extra);
          break;
        }
        default:
          break;
      }
    }
    states[line] = state;
  }
  return (check, line) => {
    const key = check.toLowerCase();
    const at = states[Math.min(Math.max(line, 1), lineCount + 1)]!;
    const extra = single.get(line);
    return isOff(at, key) || (extra !== undefined && isOff(extra, key));
  };
}

export interface Suppressed<F> {
  /** The findings no comment silences, in their order. */
  kept: F[];
  /** How many a comment silenced (not counting those about the comments themselves). */
  suppressed: number;
}

/** True when the finding is about a block of suppression comments on one side only (the comment has no counterpart). */
function aboutTheComments(location: Location | null, other: Location | null, suppressions: Suppressions): boolean {
  if (location === null || other !== null) return false;
  for (let line = location.line; line <= location.endLine; line++) if (!suppressions.directiveLines.has(line)) return false;
  return true;
}

/** Drops the findings an inline comment in either document silences. */
export function suppressFindings<F extends Pick<Finding, 'check' | 'left' | 'right'>>(
  findings: readonly F[],
  leftText: string,
  rightText: string,
): Suppressed<F> {
  const left = readSuppressions(leftText);
  const right = readSuppressions(rightText);
  if (left.comments.length === 0 && right.comments.length === 0) return { kept: [...findings], suppressed: 0 };
  // A comment written on one side only is a block without counterpart: not a finding, and not counted as silenced.
  const relevant = findings.filter(
    (finding) => !aboutTheComments(finding.left, finding.right, left) && !aboutTheComments(finding.right, finding.left, right),
  );
  // A finding about the files as a whole (no location on either side) counts as on line 1 of both.
  const kept = relevant.filter((finding) => {
    const whole = finding.left === null && finding.right === null;
    const leftLine = finding.left?.line ?? (whole ? 1 : null);
    const rightLine = finding.right?.line ?? (whole ? 1 : null);
    return (
      !(leftLine !== null && left.isSuppressed(finding.check, leftLine)) && !(rightLine !== null && right.isSuppressed(finding.check, rightLine))
    );
  });
  return { kept, suppressed: relevant.length - kept.length };
}

/** Check names in suppression comments that are not in `known` (a typo silences nothing), with the line they are on. */
export function unknownCheckNames(text: string, known: readonly string[]): Array<{ line: number; name: string }> {
  const ids = new Set(known);
  return readSuppressions(text).comments.flatMap((comment) =>
    comment.checks.filter((name) => !ids.has(name)).map((name) => ({ line: comment.line, name })),
  );
}
