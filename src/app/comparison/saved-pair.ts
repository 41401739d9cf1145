/**
 * The user's own pair, kept in IndexedDB (idb-keyval) so `?pair=local`
 * survives a reload. Only this browser sees it. Anything unreadable is
 * treated as absent: the app then opens the sample pair.
 */
import { del, get, set } from 'idb-keyval';
import type { DocumentInput } from '../protocol.js';

const key = 'mdparity:pair:v1';

export interface SavedPair {
  left: DocumentInput;
  right: DocumentInput;
}

const isDocument = (value: unknown): value is DocumentInput =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DocumentInput).name === 'string' &&
  typeof (value as DocumentInput).text === 'string';

export async function loadSavedPair(): Promise<SavedPair | null> {
  try {
    const value: unknown = await get(key);
    if (typeof value === 'object' && value !== null && isDocument((value as SavedPair).left) && isDocument((value as SavedPair).right)) {
      return { left: (value as SavedPair).left, right: (value as SavedPair).right };
    }
    if (value !== undefined) await del(key);
    return null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refuses (private mode, quota): the pair then lasts for this page only. */
export async function savePair(pair: SavedPair): Promise<boolean> {
  try {
    await set(key, { left: pair.left, right: pair.right });
    return true;
  } catch {
    return false;
  }
}
