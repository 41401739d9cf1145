/**
 * The open pair's review decisions and pins: read from IndexedDB when the pair
 * (its two file names and languages) changes, written back on every change. A
 * pair that fails to load never changes the identity, so it never touches the
 * decisions. Each change, a decision or a pin, can be undone (`undo`), back to
 * what the pair had when it was opened; a change made elsewhere (a fix applied
 * to the translation) joins the same history (`pushUndo`), so one undo key
 * takes back whichever came last.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeDecisions, pinBelongsToPair, withPin, type Decision, type SavedPin } from '../../../core/decisions.js';
import { legacyPairKey, pairKey, splitByPair, splitPinsByPair, type PairIdentity } from './decision-logic.js';
import { loadDecisions, loadPins, saveDecisions, savePins } from './decisions-store.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'unreadable';

interface State {
  key: string | null;
  list: Decision[];
  /**
   * The reviewer's pins for this pair, in the order made, and those an imported file held for other pairs: each pin
   * names its pair, the aligner takes only this pair's (`pinsForPair`), and an export writes them all back.
   */
  pins: SavedPin[];
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
  /** Pins for the open pair, and pins for other pairs (kept with this pair's, so an export keeps them, and saved for those pairs). */
  pins: number;
  otherPins: number;
}

export interface Decisions {
  list: Decision[];
  pins: SavedPin[];
  ready: boolean;
  save: SaveState;
  update: (change: (list: Decision[]) => Decision[]) => boolean;
  updatePins: (change: (pins: SavedPin[]) => SavedPin[]) => boolean;
  /** Takes back the last change: a decision or pin change is restored here, another change is undone by its own `undo`. */
  undo: () => Undone;
  /** Records a change made elsewhere, to be undone in turn with the decisions. */
  pushUndo: (change: OtherChange) => void;
  canUndo: boolean;
  importDecisions: (decisions: readonly Decision[], pins?: readonly SavedPin[]) => Promise<ImportResult | null>;
}

const empty: Decision[] = [];
const noPins: SavedPin[] = [];

/** The decisions and the pins before a change. */
interface Snapshot {
  list: Decision[];
  pins: SavedPin[];
}

/** A change to something other than the decisions (the translation's text), with how to take it back. */
interface OtherChange {
  /** What undoing it does, in words, for the announcement (“the fix of line 30 is taken back”). */
  description: string;
  undo: () => void;
}

/** One step of the undo history. */
type Step = { snapshot: Snapshot } | { other: OtherChange };

/** What `undo` took back: the decisions (and pins), another change, or nothing. */
type Undone = 'decisions' | OtherChange | null;

const undoDepth = 100;

export function useDecisions(pair: PairIdentity | null): Decisions {
  const key = pair ? pairKey(pair) : null;
  const legacyKey = pair ? legacyPairKey(pair) : null;
  const pairRef = useRef(pair);
  pairRef.current = pair;
  /** Earlier states of this pair, newest last. */
  const history = useRef<Step[]>([]);
  const [canUndo, setCanUndo] = useState(false);
  const [state, setState] = useState<State>({ key: null, list: empty, pins: noPins, ready: false, writable: true });
  const stateRef = useRef(state);
  const [save, setSave] = useState<SaveState>('idle');
  const writes = useRef(0);

  const commit = (next: State) => {
    stateRef.current = next;
    setState(next);
  };

  useEffect(() => {
    if (key === null) return;
    // Set by the cleanup below while the reads are under way; read through a function, which no check narrows.
    let cancelled = false;
    const stopped = () => cancelled;
    commit({ key, list: empty, pins: noPins, ready: false, writable: true });
    history.current = [];
    setCanUndo(false);
    void (async () => {
      let list = await loadDecisions(key);
      // Decisions kept under the names alone (saved before languages were part of the key, or imported for a pair not open then) are
      // read while the pair has none of its own; its first change saves them under its own key.
      if (list !== null && list.length === 0 && legacyKey !== null) list = await loadDecisions(legacyKey);
      let pins = await loadPins(key);
      // Pins an imported file held for this pair while another was open wait under the names alone, as decisions do.
      if (pins !== null && pins.length === 0 && legacyKey !== null) pins = await loadPins(legacyKey);
      if (stopped()) return;
      const readable = list !== null && pins !== null;
      commit({ key, list: list ?? [], pins: pins ?? [], ready: true, writable: readable });
      setSave(readable ? 'idle' : 'unreadable');
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);

  /** Writes what changed of the two lists. */
  const persist = useCallback((target: string, before: Snapshot, after: Snapshot) => {
    const seq = ++writes.current;
    setSave('saving');
    const writesDone = [
      before.list === after.list ? Promise.resolve(true) : saveDecisions(target, after.list),
      before.pins === after.pins ? Promise.resolve(true) : savePins(target, after.pins),
    ];
    void Promise.all(writesDone).then((results) => {
      if (seq === writes.current) setSave(results.every(Boolean) ? 'saved' : 'failed');
    });
  }, []);

  /** Applies a change to the decisions, the pins or both, keeping the state before it for undo. */
  const change = useCallback(
    (next: (previous: Snapshot) => Snapshot) => {
      const previous = stateRef.current;
      if (key === null || previous.key !== key || !previous.ready) return false;
      const after = next(previous);
      history.current = [...history.current.slice(1 - undoDepth), { snapshot: { list: previous.list, pins: previous.pins } }];
      setCanUndo(true);
      commit({ ...previous, ...after });
      if (previous.writable) persist(key, previous, after);
      return true;
    },
    [key, persist],
  );

  const update = useCallback(
    (edit: (list: Decision[]) => Decision[]) => change((previous) => ({ list: edit(previous.list), pins: previous.pins })),
    [change],
  );

  const updatePins = useCallback(
    (edit: (pins: SavedPin[]) => SavedPin[]) => change((previous) => ({ list: previous.list, pins: edit(previous.pins) })),
    [change],
  );

  const undo = useCallback((): Undone => {
    const previous = stateRef.current;
    const step = history.current.pop();
    setCanUndo(history.current.length > 0);
    if (step === undefined) return null;
    if ('other' in step) {
      step.other.undo();
      return step.other;
    }
    if (key === null || previous.key !== key || !previous.ready) return null;
    commit({ ...previous, ...step.snapshot });
    if (previous.writable) persist(key, previous, step.snapshot);
    return 'decisions';
  }, [key, persist]);

  const pushUndo = useCallback((other: OtherChange) => {
    history.current = [...history.current.slice(1 - undoDepth), { other }];
    setCanUndo(true);
  }, []);

  const importDecisions = useCallback(
    async (decisions: readonly Decision[], pins: readonly SavedPin[] = []): Promise<ImportResult | null> => {
      const previous = stateRef.current;
      const open = pairRef.current;
      if (key === null || open === null || previous.key !== key || !previous.ready) return null;
      const { mine, others } = splitByPair(decisions, open);
      const merged = mergeDecisions(previous.list, mine);
      // Every pin is kept with this pair's (a pin names its pair, so another pair's is inert here): an export loses none.
      const after: Snapshot = { list: merged.list, pins: pins.length > 0 ? pins.reduce(withPin, previous.pins) : previous.pins };
      history.current = [...history.current.slice(1 - undoDepth), { snapshot: { list: previous.list, pins: previous.pins } }];
      setCanUndo(true);
      commit({ ...previous, ...after });
      if (previous.writable) persist(key, previous, after);
      let otherPairs = 0;
      let otherFailed = 0;
      for (const [otherKey, list] of others) {
        const stored = await loadDecisions(otherKey);
        if (stored === null || !(await saveDecisions(otherKey, mergeDecisions(stored, list).list))) otherFailed += list.length;
        else otherPairs += list.length;
      }
      // And the other pairs' pins are saved for those pairs, to be applied when one of them is opened.
      const otherPins = splitPinsByPair(pins, open);
      for (const [otherKey, list] of otherPins) {
        const stored = await loadPins(otherKey);
        if (stored === null || !(await savePins(otherKey, list.reduce(withPin, stored)))) otherFailed += list.length;
      }
      const minePins = pins.filter((pin) => pinBelongsToPair(pin, { left: open.left, right: open.right })).length;
      return { added: merged.added, replaced: merged.replaced, otherPairs, otherFailed, pins: minePins, otherPins: pins.length - minePins };
    },
    [key, persist],
  );

  const current = state.key === key ? state : { key, list: empty, pins: noPins, ready: false, writable: true };
  return {
    list: current.list,
    pins: current.pins,
    ready: current.ready,
    save,
    update,
    updatePins,
    undo,
    pushUndo,
    canUndo: canUndo && current.ready,
    importDecisions,
  };
}
