/**
 * Reads a Markdown file the way an editor would, refusing what is not one:
 * a missing path, a directory or device, a file over the size limit (checked
 * before reading), binary content (a NUL byte, git's heuristic) and invalid
 * UTF-8. UTF-16 with a byte order mark is decoded; a UTF-8 BOM is dropped.
 */
import { open, stat } from 'node:fs/promises';
import { escapeControls } from '../core/report/escape.js';

export class InputFileError extends Error {
  constructor(path: string, reason: string) {
    super(`${escapeControls(path)}: ${reason}`);
    this.name = 'InputFileError';
  }
}

const defaultMaxFileSize = 10 * 1024 * 1024;

export async function readMarkdownFile(path: string, maxSize = defaultMaxFileSize): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputFileError(path, describeFsError(error));
  }
  if (info.isDirectory()) throw new InputFileError(path, 'is a directory, not a Markdown file');
  if (!info.isFile()) throw new InputFileError(path, 'is not a regular file');
  if (info.size > maxSize)
    throw new InputFileError(path, `is too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxSize)}, see --max-file-size)`);

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

function decode(path: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(path, bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(path, bytes.subarray(2), 'utf-16be');
  const probe = bytes.subarray(0, 8000);
  const nul = probe.indexOf(0);
  if (nul !== -1) throw new InputFileError(path, `is a binary file (NUL byte at offset ${nul}), not Markdown`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeWith(path, bytes.subarray(start), 'utf-8');
}

function decodeWith(path: string, bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : null;
    throw new InputFileError(path, `is not valid ${encoding.toUpperCase()}${offset === null ? '' : ` (bad byte at offset ${offset})`}`);
  }
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
