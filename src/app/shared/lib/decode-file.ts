/**
 * Bytes → Markdown text, or a reason it is not Markdown: too large, binary
 * (NUL bytes, as git decides), or not valid UTF-8. UTF-16 files with a byte
 * order mark are decoded; a UTF-8 BOM is dropped by the decoder. The way back
 * (`encodeMarkdown`) writes a fixed file as its original was written.
 */
import type { DocumentInput, FileEncoding } from '../../protocol.js';

const maxFileSize = 10 * 1024 * 1024;

export class FileRejected extends Error {
  constructor(
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'FileRejected';
  }
}

export function decodeMarkdown(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > maxFileSize)
    throw new FileRejected(fileName, `too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxFileSize)})`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 8000);
  const nul = head.indexOf(0);
  if (nul >= 0) throw new FileRejected(fileName, `looks like a binary file, not Markdown (it has a NUL byte at offset ${nul})`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileRejected(fileName, `is not valid UTF-8 text (invalid byte at offset ${firstInvalidByte(bytes)})`);
  }
}

/** Text pasted or typed in: the same binary test, for junk pasted from a binary file. */
export function checkPastedText(name: string, text: string): string {
  if (text.length > maxFileSize) throw new FileRejected(name, `too large (${formatSize(text.length)}; the limit is ${formatSize(maxFileSize)})`);
  const nul = text.slice(0, 8000).indexOf('\0');
  if (nul >= 0) throw new FileRejected(name, `looks like binary data, not Markdown (it has a NUL character at offset ${nul})`);
  return text;
}

export async function readMarkdownFile(file: File): Promise<string> {
  return (await readMarkdownDocument(file)).text;
}

/** A file as a document: its name, its text and, when not plain UTF-8, its encoding. */
export async function readMarkdownDocument(file: File): Promise<DocumentInput> {
  if (file.size > maxFileSize) throw new FileRejected(file.name, `too large (${formatSize(file.size)}; the limit is ${formatSize(maxFileSize)})`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeMarkdown(file.name, bytes);
  const encoding = encodingOf(bytes);
  return encoding ? { name: file.name, text, encoding } : { name: file.name, text };
}

/** The encoding its byte order mark tells, or undefined for plain UTF-8. */
export function encodingOf(bytes: Uint8Array): FileEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  return undefined;
}

/** Text → the bytes of a file in this encoding, its byte order mark first (none for plain UTF-8). */
export function encodeMarkdown(text: string, encoding: FileEncoding | undefined): Uint8Array<ArrayBuffer> {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bytes = new Uint8Array(2 + text.length * 2);
    const data = new DataView(bytes.buffer);
    const little = encoding === 'utf-16le';
    data.setUint16(0, 0xfeff, little);
    for (let i = 0; i < text.length; i++) data.setUint16(2 + i * 2, text.charCodeAt(i), little);
    return bytes;
  }
  const utf8 = new TextEncoder().encode(text);
  if (encoding !== 'utf-8-bom') return utf8;
  const bytes = new Uint8Array(3 + utf8.length);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(utf8, 3);
  return bytes;
}

/** Where decoding fails: the first byte that does not start or continue a UTF-8 sequence (overlong forms aside). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return i;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
