/**
 * Review decisions in IndexedDB (idb-keyval), one entry per pair, keyed by
 * the two file names only: editing either text keeps the key, and the
 * fingerprints decide which decisions still match. Nothing here deletes
 * decisions on its own; a failed read is reported as null, never as “none”,
 * so a later write cannot overwrite what could not be read.
 */
import { get, set, del } from 'idb-keyval';
import { DecisionsError, parseDecisions, type Decision, type SavedPin } from '../../../core/decisions.js';

const prefix = 'mdparity:decisions:v1:';
/** The pair's pins, beside its decisions under the same pair key. */
const pinsPrefix = 'mdparity:pins:v1:';

/** The pair's decisions; [] when there are none; null when the browser could not read them. */
export function loadDecisions(pairKey: string): Promise<Decision[] | null> {
  return loadEntries(prefix + pairKey, (entry) => parseDecisions(JSON.stringify({ version: 1, decisions: [entry] })).decisions);
}

/** Writes the pair's decisions (an empty list removes the entry); false when the browser refuses. */
export function saveDecisions(pairKey: string, decisions: readonly Decision[]): Promise<boolean> {
  return saveEntries(prefix + pairKey, decisions);
}

/** The pair's pins; [] when there are none; null when the browser could not read them. Validated one by one, as decisions are. */
export function loadPins(pairKey: string): Promise<SavedPin[] | null> {
  return loadEntries(pinsPrefix + pairKey, (entry) => parseDecisions(JSON.stringify({ version: 1, decisions: [], pins: [entry] })).pins ?? []);
}

/** Writes the pair's pins (none removes the entry); false when the browser refuses. */
export function savePins(pairKey: string, pins: readonly SavedPin[]): Promise<boolean> {
  return saveEntries(pinsPrefix + pairKey, pins);
}

/**
 * A list stored under `key`, each entry validated by `parse` one by one: one damaged entry does not cost the
 * others. [] when there is none; null when the browser could not read it.
 */
async function loadEntries<T>(key: string, parse: (entry: unknown) => T[]): Promise<T[] | null> {
  let value: unknown;
  try {
    value = await get(key);
  } catch {
    return null;
  }
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  return value.flatMap((entry) => {
    try {
      return parse(entry);
    } catch (error) {
      if (error instanceof DecisionsError) return [];
      throw error;
    }
  });
}

/** Writes a list under `key` (an empty one removes the entry); false when the browser refuses. */
async function saveEntries(key: string, entries: readonly unknown[]): Promise<boolean> {
  try {
    if (entries.length === 0) await del(key);
    else await set(key, entries);
    return true;
  } catch {
    return false;
  }
}
