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
export async function loadDecisions(pairKey: string): Promise<Decision[] | null> {
  let value: unknown;
  try {
    value = await get(prefix + pairKey);
  } catch {
    return null;
  }
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  // Entries are validated one by one: one damaged entry does not cost the others.
  return value.flatMap((entry) => {
    try {
      return parseDecisions(JSON.stringify({ version: 1, decisions: [entry] })).decisions;
    } catch (error) {
      if (error instanceof DecisionsError) return [];
      throw error;
    }
  });
}

/** Writes the pair's decisions (an empty list removes the entry); false when the browser refuses. */
export async function saveDecisions(pairKey: string, decisions: readonly Decision[]): Promise<boolean> {
  try {
    if (decisions.length === 0) await del(prefix + pairKey);
    else await set(prefix + pairKey, decisions);
    return true;
  } catch {
    return false;
  }
}

/** The pair's pins; [] when there are none; null when the browser could not read them. Validated one by one, as decisions are. */
export async function loadPins(pairKey: string): Promise<SavedPin[] | null> {
  let value: unknown;
  try {
    value = await get(pinsPrefix + pairKey);
  } catch {
    return null;
  }
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  return value.flatMap((entry) => {
    try {
      return parseDecisions(JSON.stringify({ version: 1, decisions: [], pins: [entry] })).pins ?? [];
    } catch (error) {
      if (error instanceof DecisionsError) return [];
      throw error;
    }
  });
}

/** Writes the pair's pins (none removes the entry); false when the browser refuses. */
export async function savePins(pairKey: string, pins: readonly SavedPin[]): Promise<boolean> {
  try {
    if (pins.length === 0) await del(pinsPrefix + pairKey);
    else await set(pinsPrefix + pairKey, pins);
    return true;
  } catch {
    return false;
  }
}
