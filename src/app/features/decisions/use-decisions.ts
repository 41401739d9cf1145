/**
 * The open pair's review decisions: read from IndexedDB when the pair (its two
 * file names) changes, written back on every change. A pair that fails to
 * load never changes the names, so it never touches the decisions.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Decision } from '../../../core/decisions.js';
import { mergeDecisions, pairKey, splitByPair } from './decision-logic.js';
import { loadDecisions, saveDecisions } from './decisions-store.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'unreadable';

interface State {
  key: string | null;
  list: Decision[];
  /** Read from storage for `key` (decisions can be made). */
  ready: boolean;
  /** False when storage could not be read: changes then stay in this page, so nothing unread is overwritten. */
  writable: boolean;
}

interface ImportResult {
  added: number;
  replaced: number;
  /** Decisions for other pairs, kept for when those pairs are opened. */
  otherPairs: number;
  otherFailed: number;
}

export interface Decisions {
  list: Decision[];
  ready: boolean;
  save: SaveState;
  update: (change: (list: Decision[]) => Decision[]) => boolean;
  importDecisions: (decisions: readonly Decision[]) => Promise<ImportResult | null>;
}

const empty: Decision[] = [];

export function useDecisions(left: string | null, right: string | null): Decisions {
  const key = left !== null && right !== null ? pairKey(left, right) : null;
  const [state, setState] = useState<State>({ key: null, list: empty, ready: false, writable: true });
  const stateRef = useRef(state);
  const [save, setSave] = useState<SaveState>('idle');
  const writes = useRef(0);

  const commit = (next: State) => {
    stateRef.current = next;
    setState(next);
  };

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    commit({ key, list: empty, ready: false, writable: true });
    loadDecisions(key).then((list) => {
      if (cancelled) return;
      commit({ key, list: list ?? [], ready: true, writable: list !== null });
      setSave(list === null ? 'unreadable' : 'idle');
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  const persist = useCallback((target: string, list: Decision[]) => {
    const seq = ++writes.current;
    setSave('saving');
    void saveDecisions(target, list).then((ok) => {
      if (seq === writes.current) setSave(ok ? 'saved' : 'failed');
    });
  }, []);

  const update = useCallback(
    (change: (list: Decision[]) => Decision[]) => {
      const previous = stateRef.current;
      if (key === null || previous.key !== key || !previous.ready) return false;
      const list = change(previous.list);
      commit({ ...previous, list });
      if (previous.writable) persist(key, list);
      return true;
    },
    [key, persist],
  );

  const importDecisions = useCallback(
    async (decisions: readonly Decision[]): Promise<ImportResult | null> => {
      const previous = stateRef.current;
      if (key === null || left === null || right === null || previous.key !== key || !previous.ready) return null;
      const { mine, others } = splitByPair(decisions, left, right);
      const merged = mergeDecisions(previous.list, mine);
      commit({ ...previous, list: merged.list });
      if (previous.writable) persist(key, merged.list);
      let otherPairs = 0;
      let otherFailed = 0;
      for (const [otherKey, list] of others) {
        const stored = await loadDecisions(otherKey);
        if (stored === null || !(await saveDecisions(otherKey, mergeDecisions(stored, list).list))) otherFailed += list.length;
        else otherPairs += list.length;
      }
      return { added: merged.added, replaced: merged.replaced, otherPairs, otherFailed };
    },
    [key, left, right, persist],
  );

  const current = state.key === key ? state : { key, list: empty, ready: false, writable: true };
  return { list: current.list, ready: current.ready, save, update, importDecisions };
}
