/**
 * Where reports go, safely: never onto an input (checked on real paths and
 * file identity before anything is read), always whole (a temporary file in
 * the same folder, then a rename, so a killed run leaves the old report),
 * and to stdout without a stack trace (a reader that left is not an error,
 * a full disk is one line and exit 2).
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** An output that cannot be written, or must not be: exit 2 with this one line. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

interface Identity {
  /** The real path (symbolic links and `..` resolved; for a file that does not exist yet, its real folder plus its name). */
  real: string;
  /** Device and inode when the path exists: catches hard links and case-insensitive file systems. */
  id: string | null;
}

async function identify(path: string): Promise<Identity> {
  const absolute = resolve(path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    // Not there yet (or a dangling link): the real folder plus the name.
    const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    real = join(folder, basename(absolute));
  }
  const info = await stat(absolute).catch(() => null);
  return { real, id: info ? `${info.dev}:${info.ino}` : null };
}

/**
 * Refuses (OutputError) when any output path is one of the input files, by
 * any spelling: another relative path, `..`, a symbolic link, a hard link.
 */
export async function refuseOutputsOverInputs(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  if (outputs.length === 0) return;
  const known = await Promise.all(inputs.map(async (input) => ({ input, ...(await identify(input)) })));
  for (const output of outputs) {
    const target = await identify(output);
    const clash = known.find((input) => input.real === target.real || (input.id !== null && input.id === target.id));
    if (clash) {
      throw new OutputError(
        `refusing to write the report to ${output}: it is the input ${clash.input}${output === clash.input ? '' : ` (the same file)`}; choose another --out or --out-dir`,
      );
    }
  }
}

/** True when `path` is `folder` or inside it, on real paths. */
export async function isInside(path: string, folder: string): Promise<boolean> {
  const [target, root] = await Promise.all([identify(path), identify(folder)]);
  const rel = relative(root.real, target.real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The longest file name (one path component) the usual file systems take, in bytes: ext4, APFS, NTFS (UTF-16 units, fewer bytes). */
const maxNameBytes = 255;

/**
 * The report file name for a page: `stem` (a relative path, `/`-separated, no
 * extension) plus `.mdparity.EXT`. A page whose own name is near the 255-byte
 * limit would get a report name over it (ENAMETOOLONG, the whole run lost):
 * its last segment is then cut at a code point and marked with a hash of the
 * whole name, so two long names that share a beginning still get two reports.
 */
export function reportFileName(stem: string, extension: string): string {
  const suffix = `.mdparity.${extension}`;
  const slash = stem.lastIndexOf('/');
  const folder = stem.slice(0, slash + 1);
  const name = stem.slice(slash + 1);
  if (Buffer.byteLength(name + suffix) <= maxNameBytes) return stem + suffix;
  const mark = `~${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  const room = maxNameBytes - Buffer.byteLength(mark + suffix);
  let cut = '';
  for (const character of name) {
    if (Buffer.byteLength(cut + character) > room) break;
    cut += character;
  }
  return folder + cut + mark + suffix;
}

/**
 * Writes `text` to `path` atomically: a temporary file beside it (same
 * folder, so the rename never crosses file systems), flushed to disk, then
 * renamed over the target. A run killed at any moment leaves either the old
 * file or the new one, never a truncated one.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is: there is nothing to replace.
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    try {
      await writeFile(path, text);
      return;
    } catch (error) {
      throw new OutputError(`cannot write the report to ${path}: ${describeWriteError(error)}`);
    }
  }
  // A short name of its own: the target's name may already be near the file system's limit.
  const temporary = join(dirname(path), `.mdparity-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new OutputError(`cannot write the report to ${path}: ${describeWriteError(error)}`);
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'disk quota exceeded (EDQUOT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EISDIR':
      return 'is a folder';
    case 'EROFS':
      return 'read-only file system (EROFS)';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  }
}

/** The part of a Writable the CLI uses for stdout. */
export interface OutputStream {
  write(chunk: string, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Stdout as a promise per write. A closed pipe (EPIPE: `| head` read what it
 * wanted) ends the output quietly, and later writes are dropped; any other
 * error (ENOSPC on /dev/full) rejects with an OutputError.
 */
export function stdoutWriter(stream: OutputStream): { write(text: string): Promise<void>; closed(): boolean } {
  let closed = false;
  let failure: Error | null = null;
  stream.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
    else failure ??= error;
  });
  const chunkSize = 1 << 20;
  return {
    closed: () => closed,
    async write(text: string) {
      for (let start = 0; start < text.length && !closed; start += chunkSize) {
        if (failure) break;
        const chunk = text.slice(start, start + chunkSize);
        await new Promise<void>((done) => {
          stream.write(chunk, (error) => {
            if (error) {
              if ((error as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
              else failure ??= error;
            }
            done();
          });
        });
      }
      if (failure && !closed) throw new OutputError(`cannot write to standard output: ${describeWriteError(failure)}`);
    },
  };
}
