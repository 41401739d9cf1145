/**
 * The open pair's review decisions: read from IndexedDB when the pair (its two
 * file names and languages) changes, written back on every change. A pair
 * that fails to load never changes the identity, so it never touches the
 * decisions. Each change can be undone (`undo`), back to the decisions the
 * pair had when it was opened.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeDecisions, type Decision } from '../../../core/decisions.js';
import { legacyPairKey, pairKey, splitByPair, type PairIdentity } from './decision-logic.js';
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
  /** Restores the list before the last change; false when there is nothing to undo. */
  undo: () => boolean;
  canUndo: boolean;
  importDecisions: (decisions: readonly Decision[]) => Promise<ImportResult | null>;
}

const empty: Decision[] = [];

const undoDepth = 100;

export function useDecisions(pair: PairIdentity | null): Decisions {
  const key = pair ? pairKey(pair) : null;
  const legacyKey = pair ? legacyPairKey(pair) : null;
  const pairRef = useRef(pair);
  pairRef.current = pair;
  /** Earlier lists of this pair, newest last. */
  const history = useRef<Decision[][]>([]);
  const [canUndo, setCanUndo] = useState(false);
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
    history.current = [];
    setCanUndo(false);
    (async () => {
      let list = await loadDecisions(key);
      // Decisions kept under the names alone (saved before languages were part of the key, or imported for a pair not open then) are
      // read while the pair has none of its own; its first change saves them under its own key.
      if (list !== null && list.length === 0 && legacyKey !== null) list = await loadDecisions(legacyKey);
      if (cancelled) return;
      commit({ key, list: list ?? [], ready: true, writable: list !== null });
      setSave(list === null ? 'unreadable' : 'idle');
    })();
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
      history.current = [...history.current.slice(1 - undoDepth), previous.list];
      setCanUndo(true);
      commit({ ...previous, list });
      if (previous.writable) persist(key, list);
      return true;
    },
    [key, persist],
  );

  const undo = useCallback(() => {
    const previous = stateRef.current;
    const list = history.current.pop();
    setCanUndo(history.current.length > 0);
    if (key === null || previous.key !== key || !previous.ready || list === undefined) return false;
    commit({ ...previous, list });
    if (previous.writable) persist(key, list);
    return true;
  }, [key, persist]);

  const importDecisions = useCallback(
    async (decisions: readonly Decision[]): Promise<ImportResult | null> => {
      const previous = stateRef.current;
      const open = pairRef.current;
      if (key === null || open === null || previous.key !== key || !previous.ready) return null;
      const { mine, others } = splitByPair(decisions, open);
      const merged = mergeDecisions(previous.list, mine);
      history.current = [...history.current.slice(1 - undoDepth), previous.list];
      setCanUndo(true);
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
    [key, persist],
  );

  const current = state.key === key ? state : { key, list: empty, ready: false, writable: true };
  return { list: current.list, ready: current.ready, save, update, undo, canUndo: canUndo && current.ready, importDecisions };
}
