/**
 * Files that change how a comparison is judged: the configuration (given,
 * or found by walking up from the compared files) and review decisions.
 * Any problem is one clear line naming the file; nothing half-applies.
 */
import { lstat, readFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, configFileName, configFromPackageJson, decisionsFileName, parseConfig, type Config } from '../core/index.js';

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** Where it came from, or null when no configuration applies. */
  path: string | null;
}

/**
 * The given config file, or the nearest `mdparity.config.json` / package.json
 * `mdparity` key above `from`, up to the project root (see walkUpToProjectRoot).
 */
export async function loadConfig(explicit: string | null, from: string): Promise<LoadedConfig> {
  if (explicit !== null) return { config: await readConfigFile(explicit), path: explicit };
  const found = await walkUpToProjectRoot(from, async (dir): Promise<LoadedConfig | null> => {
    const candidate = join(dir, configFileName);
    const text = await readIfExists(candidate);
    if (text !== null) return { config: parseOrThrow(() => parseConfig(text, candidate)), path: candidate };
    const pkgPath = join(dir, 'package.json');
    const pkg = await readIfExists(pkgPath);
    const config = pkg === null ? null : parseOrThrow(() => configFromPackageJson(pkg, pkgPath));
    return config ? { config, path: pkgPath } : null;
  });
  return found ?? { config: {}, path: null };
}

/** A decisions file's text and where it is from. */
export interface LoadedDecisions {
  text: string;
  path: string;
  /** True when it was found by the search above the compared files, not given with --decisions. */
  found: boolean;
}

/**
 * The given decisions file; else, unless turned off (`--no-decisions`), the
 * nearest `.mdparity-decisions.json` above `from`, up to the project root,
 * as the configuration is found; null when none applies.
 */
export async function loadDecisions(explicit: string | null, off: boolean, from: string): Promise<LoadedDecisions | null> {
  if (explicit !== null) {
    const text = await readIfExists(explicit);
    if (text === null) throw new SettingsError(`${explicit}: no such decisions file`);
    return { text, path: explicit, found: false };
  }
  if (off) return null;
  return walkUpToProjectRoot(from, async (dir) => {
    const path = join(dir, decisionsFileName);
    const text = await readIfExists(path);
    return text === null ? null : { text, path: relativeName(path), found: true };
  });
}

/** A found file's name as the user would type it: relative to the working folder when below it. */
function relativeName(path: string): string {
  const name = relative(process.cwd(), path);
  return name === '' || name.startsWith('..') || isAbsolute(name) ? path : name;
}

/**
 * `visit` on each folder from the one holding `from` up to the project root:
 * the first folder with a `.git` or a `package.json` (a file in a shared
 * folder above it, such as /tmp, never applies), never the temporary or home
 * folder themselves: a file there is nobody's project. The first non-null visit wins.
 */
async function walkUpToProjectRoot<T>(from: string, visit: (dir: string) => Promise<T | null>): Promise<T | null> {
  let dir = resolve(dirname(from));
  const shared = new Set([resolve(tmpdir()), resolve(homedir()), '/tmp']);
  for (;;) {
    if (shared.has(dir)) return null;
    const result = await visit(dir);
    if (result !== null) return result;
    if ((await exists(join(dir, 'package.json'))) || (await exists(join(dir, '.git')))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function readConfigFile(path: string): Promise<Config> {
  const text = await readIfExists(path);
  if (text === null) throw new SettingsError(`${path}: no such configuration file`);
  return parseOrThrow(() => (path.endsWith('package.json') ? (configFromPackageJson(text, path) ?? {}) : parseConfig(text, path)));
}

function parseOrThrow<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ConfigError) throw new SettingsError(error.message);
    throw error;
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new SettingsError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
