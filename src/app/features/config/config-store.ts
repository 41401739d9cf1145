/**
 * The active configuration file, kept in IndexedDB (idb-keyval) so it
 * survives a reload. Only a configuration the core accepted is ever saved;
 * anything unreadable is treated as absent.
 */
import { del, get, set } from 'idb-keyval';
import type { ConfigInput } from '../../protocol.js';

const key = 'mdparity:config:v1';

export async function loadSavedConfig(): Promise<ConfigInput | null> {
  try {
    const value: unknown = await get(key);
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as ConfigInput).name === 'string' &&
      typeof (value as ConfigInput).text === 'string'
    ) {
      return { name: (value as ConfigInput).name, text: (value as ConfigInput).text };
    }
    return null;
  } catch {
    return null;
  }
}

/** Saves (or, given null, forgets) the configuration; false when the browser refuses. */
export async function saveConfig(config: ConfigInput | null): Promise<boolean> {
  try {
    if (config) await set(key, { name: config.name, text: config.text });
    else await del(key);
    return true;
  } catch {
    return false;
  }
}
