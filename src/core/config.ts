/**
 * Project configuration, `mdparity.config.json` (or an `mdparity` key in
 * package.json): per-check severity or `off`, front-matter key rules,
 * protected terms and ignored file patterns. Validated here, purely, so the
 * CLI and the app give the same clear error naming the key at fault.
 * docs/config.schema.json describes the same shape for editors.
 */
import { checks } from './checks/registry.js';
import { mdxPresets } from './checks/mdx-config.js';
import type { CheckConfig, Severity } from './checks/types.js';
import type { CompareOptions } from './compare.js';
import { suggestion } from './vocabulary/did-you-mean.js';

export interface Config extends CheckConfig {
  /** Check id → severity, or `off`. */
  checks?: Record<string, Severity | 'off'>;
  /** Glob patterns of files not to compare (in tree comparisons). */
  ignore?: string[];
}

export const configFileName = 'mdparity.config.json';

/** What a configuration asks of a comparison: the CLI, the tree walker and the app all pass this to compare(). */
export function compareOptionsOf(config: Config | null | undefined): Pick<CompareOptions, 'severities' | 'config'> {
  if (!config) return {};
  return {
    severities: config.checks,
    config: { frontMatter: config.frontMatter, protectedTerms: config.protectedTerms, flavor: config.flavor, mdx: config.mdx },
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const topKeys = ['$schema', 'checks', 'frontMatter', 'protectedTerms', 'ignore', 'flavor', 'mdx'];
const flavors = ['auto', 'markdown', 'mdx'];
const mdxKeys = ['presets', 'removableComponents', 'propsMustMatch', 'verbatimComponents'];
const levels = ['error', 'warning', 'info', 'off'];

/** Parses and validates configuration JSON text; `source` names the file in messages. */
export function parseConfig(text: string, source = configFileName): Config {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source}: not valid JSON: ${(error as Error).message}`);
  }
  return validateConfig(value, source);
}

/** Validates a parsed configuration object; throws a ConfigError naming the key. */
/** Top-level keys other linters use for what mdparity calls otherwise (markdownlint's and ESLint's words). */
const keyMeaning: Record<string, string> = {
  rules: 'checks',
  severity: 'checks',
  severities: 'checks',
  config: 'checks',
  exclude: 'ignore',
  ignorePatterns: 'ignore',
  terms: 'protectedTerms',
};

export function validateConfig(value: unknown, source = configFileName): Config {
  const fail = (message: string): never => {
    throw new ConfigError(`${source}: ${message}`);
  };
  if (!isObject(value)) return fail('must be a JSON object');
  for (const key of Object.keys(value)) {
    if (!topKeys.includes(key))
      fail(
        `unknown key “${key}”${key in keyMeaning ? `; did you mean “${keyMeaning[key]}”?` : suggestion(key, topKeys.slice(1))} (known keys: ${topKeys.slice(1).join(', ')})`,
      );
  }
  const config: Config = {};
  if (value.checks !== undefined) {
    if (!isObject(value.checks)) fail('“checks” must be an object of check id → severity');
    const known = checks.map((check) => check.id);
    config.checks = {};
    for (const [id, level] of Object.entries(value.checks as Record<string, unknown>)) {
      if (!known.includes(id)) fail(`unknown check “${id}” in “checks”${suggestion(id, known)} (see docs/checks.md)`);
      if (typeof level !== 'string' || !levels.includes(level))
        fail(`“checks.${id}” must be one of ${levels.join(', ')}; not ${JSON.stringify(level)}`);
      config.checks[id] = level as Severity | 'off';
    }
  }
  if (value.frontMatter !== undefined) {
    const frontMatter = value.frontMatter;
    if (!isObject(frontMatter)) return fail('“frontMatter” must be an object with “mustMatch” and/or “mustTranslate”');
    config.frontMatter = {};
    for (const key of Object.keys(frontMatter)) {
      if (key !== 'mustMatch' && key !== 'mustTranslate')
        fail(`unknown key “frontMatter.${key}”${suggestion(key, ['mustMatch', 'mustTranslate'])} (known: mustMatch, mustTranslate)`);
      config.frontMatter[key as 'mustMatch' | 'mustTranslate'] = stringList(frontMatter[key], `frontMatter.${key}`, fail);
    }
  }
  if (value.protectedTerms !== undefined) config.protectedTerms = stringList(value.protectedTerms, 'protectedTerms', fail);
  if (value.ignore !== undefined) config.ignore = stringList(value.ignore, 'ignore', fail);
  if (value.flavor !== undefined) {
    if (typeof value.flavor !== 'string' || !flavors.includes(value.flavor))
      fail(`“flavor” must be one of ${flavors.join(', ')}; not ${JSON.stringify(value.flavor)}`);
    config.flavor = value.flavor as Config['flavor'];
  }
  if (value.mdx !== undefined) {
    const mdx = value.mdx;
    if (!isObject(mdx)) return fail(`“mdx” must be an object with ${mdxKeys.join(', ')}`);
    config.mdx = {};
    for (const key of Object.keys(mdx)) {
      if (!mdxKeys.includes(key)) fail(`unknown key “mdx.${key}”${suggestion(key, mdxKeys)} (known: ${mdxKeys.join(', ')})`);
    }
    if (mdx.presets !== undefined) {
      const presets = stringList(mdx.presets, 'mdx.presets', fail);
      const known = Object.keys(mdxPresets);
      for (const preset of presets)
        if (!known.includes(preset)) fail(`unknown preset “${preset}” in “mdx.presets”${suggestion(preset, known)} (known: ${known.join(', ')})`);
      config.mdx.presets = presets as NonNullable<NonNullable<Config['mdx']>['presets']>;
    }
    if (mdx.removableComponents !== undefined) config.mdx.removableComponents = stringList(mdx.removableComponents, 'mdx.removableComponents', fail);
    if (mdx.propsMustMatch !== undefined) config.mdx.propsMustMatch = stringList(mdx.propsMustMatch, 'mdx.propsMustMatch', fail);
    if (mdx.verbatimComponents !== undefined) config.mdx.verbatimComponents = stringList(mdx.verbatimComponents, 'mdx.verbatimComponents', fail);
  }
  return config;
}

/** Reads the `mdparity` key of a package.json, or null when there is none. */
export function configFromPackageJson(text: string, source = 'package.json'): Config | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || value.mdparity === undefined) return null;
  return validateConfig(value.mdparity, `${source} (“mdparity”)`);
}

function stringList(value: unknown, key: string, fail: (message: string) => never): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    return fail(`“${key}” must be a list of non-empty strings`);
  }
  return value as string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
