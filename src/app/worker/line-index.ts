/**
 * Line starts of a text, counting `\r\n`, `\n` and a lone `\r` as line
 * breaks as micromark does, so that the core's 1-based lines map to offsets.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line (clamped). */
  lineStart(line: number): number {
    const index = Math.min(Math.max(line, 1), this.starts.length) - 1;
    return this.starts[index]!;
  }

  /** Offset just past the last character of a line, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[Math.max(line, 1)]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset of a 1-based line and 1-based column. */
  offset(line: number, column: number): number {
    return Math.min(this.lineStart(line) + Math.max(column, 1) - 1, this.lineEnd(line));
  }
}
