/**
 * Bytes → Markdown text, or a reason it is not Markdown: too large, binary
 * (NUL bytes, as git decides), or not valid UTF-8. UTF-16 files with a byte
 * order mark are decoded; a UTF-8 BOM is dropped by the decoder.
 */
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
  if (file.size > maxFileSize) throw new FileRejected(file.name, `too large (${formatSize(file.size)}; the limit is ${formatSize(maxFileSize)})`);
  return decodeMarkdown(file.name, new Uint8Array(await file.arrayBuffer()));
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
