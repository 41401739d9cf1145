/**
 * Reads a Markdown file the way an editor would, refusing what is not one:
 * a missing path, a directory or device, a file over the size limit (checked
 * before reading), binary content (a NUL byte, git's heuristic) and invalid
 * UTF-8, and text longer than a JavaScript string can be (the real cause,
 * not "invalid UTF-8"). UTF-16 and UTF-32 with a byte order mark are decoded;
 * a UTF-8 BOM is dropped.
 */
import { constants } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { escapeControls } from '../core/report/escape.js';

export class InputFileError extends Error {
  constructor(path: string, reason: string) {
    super(`${escapeControls(path)}: ${reason}`);
    this.name = 'InputFileError';
  }
}

const defaultMaxFileSize = 10 * 1024 * 1024;

/** The longest string V8 can make (2^29 − 24 UTF-16 code units on 64-bit): a file that decodes to more cannot be compared at all. */
const maxStringLength = constants.MAX_STRING_LENGTH;

/**
 * Reads one input. `-` is standard input; a pipe or a process substitution
 * (`<(git show HEAD:x.md)`) given by name is read as a stream, capped at
 * `maxSize` like a file. Tree walks pass `streams: false`: a FIFO or device
 * met while walking is refused, never read (it could block forever).
 */
export async function readMarkdownFile(path: string, maxSize = defaultMaxFileSize, { streams = true }: { streams?: boolean } = {}): Promise<string> {
  if (path === '-') return decode('standard input', await readStream(process.stdin, 'standard input', maxSize));
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputFileError(path, describeFsError(error));
  }
  if (info.isDirectory()) throw new InputFileError(path, 'is a directory, not a Markdown file');
  if (!info.isFile()) {
    if (streams && (info.isFIFO() || info.isCharacterDevice() || info.isSocket())) {
      return decode(path, await readStream(createReadStream(path), path, maxSize));
    }
    throw new InputFileError(path, 'is not a regular file');
  }
  if (info.size > maxSize)
    throw new InputFileError(path, `is too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxSize)}, see --max-file-size)`);
  // Even all-ASCII text needs one code unit per byte, and no UTF-8 text fewer than one per two bytes: refuse before reading.
  if (info.size > 2 * maxStringLength) throw new InputFileError(path, tooLongForString(info.size, Math.ceil(info.size / 2)));

  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputFileError(path, describeFsError(error));
  }
  return decode(path, bytes);
}

/** Reads a stream to its end, refusing it as soon as it passes `maxSize`. */
async function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, name: string, maxSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxSize) {
        stream.destroy?.();
        throw new InputFileError(name, `is too large (more than ${formatBytes(maxSize)}, see --max-file-size)`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(name, describeFsError(error));
  }
  return Buffer.concat(chunks, size);
}

function tooLongForString(bytes: number, units: number): string {
  return `is too large to compare: ${formatBytes(bytes)} decodes to ${units.toLocaleString('en')} UTF-16 code units, more than the ${maxStringLength.toLocaleString('en')} a JavaScript string can hold (whatever --max-file-size allows)`;
}

/** UTF-16 code units the UTF-8 bytes decode to (exact for valid UTF-8): one per lead byte, two for a 4-byte sequence. */
function utf16Length(bytes: Uint8Array): number {
  let units = 0;
  for (const byte of bytes) if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  return units;
}

export function decode(path: string, bytes: Uint8Array, limit = maxStringLength): string {
  // UTF-32 first: its little-endian BOM starts like UTF-16's.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(path, bytes.subarray(4), true, limit);
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(path, bytes.subarray(4), false, limit);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(path, bytes.subarray(2), 'utf-16le', limit);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(path, bytes.subarray(2), 'utf-16be', limit);
  const probe = bytes.subarray(0, 8000);
  const nul = probe.indexOf(0);
  if (nul !== -1) throw new InputFileError(path, `is a binary file (NUL byte at offset ${nul}), not Markdown`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeWith(path, bytes.subarray(start), 'utf-8', limit);
}

function decodeWith(path: string, bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', limit: number): string {
  // The string limit is checked before decoding: TextDecoder's own failure would read as invalid text.
  if (bytes.length > limit) {
    const units = encoding === 'utf-8' ? utf16Length(bytes) : Math.floor(bytes.length / 2);
    if (units > limit) throw new InputFileError(path, tooLongForString(bytes.length, units));
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG' || /string length|too long/i.test((error as Error).message))
      throw new InputFileError(path, tooLongForString(bytes.length, bytes.length));
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : null;
    throw new InputFileError(path, `is not valid ${encoding.toUpperCase()}${offset === null ? '' : ` (bad byte at offset ${offset})`}`);
  }
}

/** UTF-32 with a byte order mark (TextDecoder has no UTF-32): every code point checked, decoded in slices. */
function decodeUtf32(path: string, bytes: Uint8Array, littleEndian: boolean, limit: number): string {
  if (bytes.length % 4 !== 0)
    throw new InputFileError(path, `is not valid UTF-32 (its length after the byte order mark, ${bytes.length} bytes, is not a multiple of 4)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let units = 0;
  const slice: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const point = view.getUint32(offset, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
      throw new InputFileError(path, `is not valid UTF-32 (bad code point at offset ${offset + 4})`);
    if (point === 0 && offset < 8000 * 4) throw new InputFileError(path, `is a binary file (NUL at offset ${offset + 4}), not Markdown`);
    units += point > 0xffff ? 2 : 1;
    if (units > limit) throw new InputFileError(path, tooLongForString(bytes.length, units));
    slice.push(point);
    if (slice.length === 8192) {
      parts.push(String.fromCodePoint(...slice));
      slice.length = 0;
    }
  }
  if (slice.length > 0) parts.push(String.fromCodePoint(...slice));
  return parts.join('');
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return null;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a Markdown file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `cannot be read (${code ?? (error as Error).message})`;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
