/**
 * Wrapping of terminal text to a width in columns, with a hanging indent: the
 * continuation lines start under the first line's text, so a finding's message
 * stays one visual block under its severity column. Widths are display
 * columns: East Asian wide and fullwidth characters take two, combining marks
 * none, so Korean, Japanese and Chinese messages wrap where they end on screen.
 */

// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F, the blocks text uses).
const wide =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const zeroWidth = /\p{Mn}|\p{Me}|[\u200B-\u200F\u2060]/u;

/** Columns one character (code point) takes on a terminal. */
function charWidth(char: string): number {
  if (zeroWidth.test(char)) return 0;
  return wide.test(char) ? 2 : 1;
}

/** Columns a string takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Wraps `text` (one line, no newlines) to `width` columns. The first line
 * starts with `firstPrefix`, the others with `indent` spaces. Breaks at
 * spaces; a word wider than the room left (a URL, a run of CJK text without
 * spaces) is broken between characters. A width too narrow for any text
 * (under indent + 10 columns) leaves the line whole: a wrapped column of two
 * characters would read worse than a terminal's own wrapping.
 */
export function wrapHanging(text: string, width: number, firstPrefix: string, indent: number): string[] {
  const room = width - indent;
  if (!Number.isFinite(width) || room < 10 || displayWidth(firstPrefix) + displayWidth(text) <= width) return [firstPrefix + text];
  const lines: string[] = [];
  let line = firstPrefix;
  let lineWidth = displayWidth(firstPrefix);
  const limit = width;
  const pad = ' '.repeat(indent);
  const newLine = () => {
    lines.push(line.trimEnd());
    line = pad;
    lineWidth = indent;
  };
  for (const word of text.split(/(?<= )/)) {
    const wordWidth = displayWidth(word.trimEnd());
    if (lineWidth + wordWidth <= limit) {
      line += word;
      lineWidth += displayWidth(word);
      continue;
    }
    if (lineWidth > indent && wordWidth <= room) {
      newLine();
      line += word;
      lineWidth += displayWidth(word);
      continue;
    }
    // Wider than a whole line: fill the rest of this one and go on, character by character.
    for (const char of word) {
      const columns = charWidth(char);
      if (lineWidth + columns > limit && char !== ' ') newLine();
      line += char;
      lineWidth += columns;
    }
  }
  lines.push(line.trimEnd());
  return lines;
}
