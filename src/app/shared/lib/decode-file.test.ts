import { describe, expect, it } from 'vitest';
import { decodeMarkdown, encodeMarkdown, encodingOf, FileRejected } from './decode-file.js';

describe('decodeMarkdown', () => {
  it('reads UTF-8 and drops the BOM', () => {
    expect(decodeMarkdown('a.md', new Uint8Array([0xef, 0xbb, 0xbf, 0x23, 0x20, 0xc3, 0xbe]))).toBe('# þ');
  });
  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeMarkdown('a.md', new Uint8Array([0xff, 0xfe, 0x23, 0, 0x20, 0, 0x41, 0]))).toBe('# A');
  });
  it('rejects binary files and invalid UTF-8 with the file name and offset', () => {
    expect(() => decodeMarkdown('x.md', new Uint8Array([0x89, 0x50, 0, 1]))).toThrow(/x\.md: looks like a binary file.*offset 2/);
    expect(() => decodeMarkdown('y.md', new Uint8Array([0x61, 0xc3, 0x28, 0xff]))).toThrow(FileRejected);
    expect(() => decodeMarkdown('y.md', new Uint8Array([0x61, 0xc3, 0x28, 0xff]))).toThrow(/offset 1/);
  });

  it('writes a fixed file back as it was read: BOM, CRLF and UTF-16 kept (a Hebrew line)', () => {
    const text = '## התקנה\r\n\r\n- צעד ראשון\r\n';
    for (const encoding of [undefined, 'utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
      const bytes = encodeMarkdown(text, encoding);
      expect(encodingOf(bytes)).toBe(encoding);
      expect(decodeMarkdown('README.he.md', bytes)).toBe(text);
    }
    expect([...encodeMarkdown('#', 'utf-8-bom')]).toEqual([0xef, 0xbb, 0xbf, 0x23]);
    expect([...encodeMarkdown('#', 'utf-16be')]).toEqual([0xfe, 0xff, 0, 0x23]);
  });
});
