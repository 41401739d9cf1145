/**
 * Files that change how a comparison is judged: the configuration (given,
 * or found by walking up from the compared files) and review decisions.
 * Any problem is one clear line naming the file; nothing half-applies.
 */
import { lstat, readFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, configFileName, configFromPackageJson, parseConfig, type Config } from '../core/index.js';

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
 * `mdparity` key above `from`. The search stops at the project root: the
 * first folder with a `.git` or a `package.json` (a configuration in a
 * shared folder above it, such as /tmp, never applies).
 */
export async function loadConfig(explicit: string | null, from: string): Promise<LoadedConfig> {
  if (explicit !== null) return { config: await readConfigFile(explicit), path: explicit };
  let dir = resolve(dirname(from));
  // Never the shared temporary folder or the home folder themselves: a configuration there is nobody's project.
  const shared = new Set([resolve(tmpdir()), resolve(homedir()), '/tmp']);
  for (;;) {
    if (shared.has(dir)) return { config: {}, path: null };
    const candidate = join(dir, configFileName);
    const text = await readIfExists(candidate);
    if (text !== null) return { config: parseOrThrow(() => parseConfig(text, candidate)), path: candidate };
    const pkgPath = join(dir, 'package.json');
    const pkg = await readIfExists(pkgPath);
    if (pkg !== null) {
      const config = parseOrThrow(() => configFromPackageJson(pkg, pkgPath));
      if (config) return { config, path: pkgPath };
      return { config: {}, path: null };
    }
    if (await exists(join(dir, '.git'))) return { config: {}, path: null };
    const parent = dirname(dir);
    if (parent === dir) return { config: {}, path: null };
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
