/**
 * Stable finding fingerprints: the check plus the normalised text of the
 * lines the finding points at on each side, never line numbers. A review
 * decision keyed by it survives edits elsewhere in either file; editing the
 * lines themselves makes it stale, which is what a reviewer wants to see.
 */

/** FNV-1a, 64 bits, over the UTF-16 code units, as 16 hex digits: stable and pure (not cryptographic). */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The text of lines [line, endLine] of a document, whitespace folded, NFC. */
function lineContext(lines: readonly string[], line: number, endLine: number): string {
  return lines
    .slice(line - 1, endLine)
    .join(' ')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface FingerprintInput {
  check: string;
  left: { line: number; endLine: number } | null;
  right: { line: number; endLine: number } | null;
}

/**
 * Fingerprints for findings in order; a repeated (check, context) gets its
 * occurrence number appended so that every fingerprint of a report is unique.
 */
export function fingerprints(findings: readonly FingerprintInput[], leftText: string, rightText: string): string[] {
  const leftLines = splitLines(leftText);
  const rightLines = splitLines(rightText);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const left = finding.left ? lineContext(leftLines, finding.left.line, finding.left.endLine) : '';
    const right = finding.right ? lineContext(rightLines, finding.right.line, finding.right.endLine) : '';
    const base = fnv1a64(`${finding.check}\u0000${left}\u0000${right}`);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}
