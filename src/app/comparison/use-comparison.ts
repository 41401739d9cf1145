/**
 * The current pair, the active configuration and their view model. A new
 * pair or configuration replaces the old one only when it compares; bad
 * input or an invalid configuration leaves the previous state on screen and
 * says why. A large pair shows its first rows (a view with `partial` set)
 * while it compares; should it then fail, the previous view comes back.
 * Fixes change the pair's right text (the translation) in place: the worker
 * applies the core's fixes and compares again, and a fix taken back puts the
 * earlier text back the same way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CompareClient, CompareError, type ExportRequest, type FixedPair, type Preview } from './compare-client.js';
import { loadSavedConfig, saveConfig } from '../features/config/config-store.js';
import { savePair } from './saved-pair.js';
import type { PairSource } from '../shared/lib/url-state.js';
import type { Pin } from '../../core/align/pins.js';
import type { ConfigInput, DocumentInput, ViewModel } from '../protocol.js';

export interface Pair {
  left: DocumentInput;
  right: DocumentInput;
  source: PairSource;
  /** The right text as opened, once fixes changed it (until another pair is opened). */
  rightAsOpened?: string;
}

/** A fix applied: how many, the right text before it (what undo puts back) and after it. */
interface AppliedFixes {
  fixes: number;
  previousText: string;
  text: string;
}

interface Busy {
  label: string;
  size: number;
}

/** An error banner: what failed, why (the core's own message), and what stayed as it was. */
export interface AppError {
  title: string;
  message: string;
  /** What the user still has, e.g. “The previous pair is still shown.” */
  kept?: string;
}

export interface Comparison {
  pair: Pair | null;
  view: ViewModel | null;
  config: ConfigInput | null;
  busy: Busy | null;
  error: AppError | null;
  notice: string | null;
  load: (pair: Pair) => Promise<ViewModel | null>;
  /** Re-runs the current pair with this configuration (null: the defaults); keeps the previous one when it is invalid. */
  applyConfig: (config: ConfigInput | null) => Promise<boolean>;
  /** Reads the saved configuration, before the first comparison. */
  restoreConfig: () => Promise<void>;
  /** The pins the current view was aligned with. */
  pins: readonly Pin[];
  /** Re-aligns the current pair around these pins (the reviewer's pairings); false when it could not. */
  applyPins: (pins: readonly Pin[]) => Promise<boolean>;
  fail: (message: string) => void;
  showError: (error: AppError) => void;
  dismissError: () => void;
  setNotice: (notice: string | null) => void;
  /**
   * Applies the core's fixes of these findings (`fixKey`s of the view's findings) to the right text. `refused`: the
   * fixed text did not compare as the core promises (why); null: it did not run (the error says why).
   */
  applyFixes: (findings: readonly string[]) => Promise<AppliedFixes | { refused: string } | null>;
  /**
   * Puts back a right text from before a fix, compared again, if the right text is still `fixedText` (the pair was
   * not replaced since); false when it could not.
   */
  restoreRightText: (text: string, fixedText: string) => Promise<boolean>;
  requestPreview: (viewId: number) => Promise<Preview>;
  exportReport: (request: ExportRequest) => Promise<string>;
}

export function useComparison(): Comparison {
  const clientRef = useRef<CompareClient | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);
  const [view, setView] = useState<ViewModel | null>(null);
  const [config, setConfig] = useState<ConfigInput | null>(null);
  const configRef = useRef<ConfigInput | null>(null);
  const pairRef = useRef<Pair | null>(null);
  const [pins, setPins] = useState<readonly Pin[]>(noPins);
  const pinsRef = useRef<readonly Pin[]>(noPins);
  /** The view of the committed pair: what comes back when a pair whose first rows are shown fails. */
  const viewRef = useRef<ViewModel | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const client = () => (clientRef.current ??= new CompareClient());
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  /** A large pair's first rows, until its result (or its failure) replaces them. */
  const showPartial = (partial: ViewModel) => setView(partial);

  /**
   * A request that failed: nothing to do when a newer one superseded it (false); otherwise the committed view comes
   * back in place of any partial one and the error built from the failure's message is shown (true).
   */
  const failed = (caught: unknown, toError: (message: string) => AppError): boolean => {
    if (caught instanceof CompareError && caught.superseded) return false;
    setBusy(null);
    setView(viewRef.current);
    setError(toError(caught instanceof Error ? caught.message : String(caught)));
    return true;
  };

  const commit = (next: Pair, nextConfig: ConfigInput | null, result: ViewModel, nextPins: readonly Pin[] = pinsRef.current) => {
    pinsRef.current = nextPins;
    setPins(nextPins);
    pairRef.current = next;
    configRef.current = nextConfig;
    setPair(next);
    setConfig(nextConfig);
    viewRef.current = result;
    setView(result);
    setError(null);
    setBusy(null);
  };

  const load = useCallback(async (next: Pair) => {
    setBusy({ label: `Comparing ${next.left.name} and ${next.right.name}`, size: next.left.text.length + next.right.text.length });
    const activeConfig = configRef.current;
    try {
      let result: ViewModel;
      let usedConfig = activeConfig;
      try {
        // A new pair starts without pins: its own come with its decisions, once they are read.
        result = await client().compare(next.left, next.right, activeConfig, showPartial);
      } catch (caught) {
        // A saved configuration this version no longer accepts must not lock the user out: compare with the defaults.
        if (!(caught instanceof CompareError && caught.kind === 'config' && activeConfig)) throw caught;
        result = await client().compare(next.left, next.right, null, showPartial);
        usedConfig = null;
        void saveConfig(null);
        setNotice(`The configuration ${activeConfig.name} no longer applies (${caught.message}); the defaults are in effect.`);
      }
      commit(next, usedConfig, result, noPins);
      if (next.source === 'local') {
        const saved = await savePair(next);
        if (!saved) setNotice('This browser does not allow saving: the pair will not survive a reload.');
      }
      return result;
    } catch (caught) {
      const side = caught instanceof CompareError && caught.side ? `${next[caught.side].name} (${caught.side}): ` : '';
      failed(caught, (message) => ({
        title: 'Could not load:',
        message: `${side}${message}`,
        kept: pairRef.current ? 'The previous pair is still shown.' : undefined,
      }));
      return null;
    }
  }, []);

  const applyConfig = useCallback(async (nextConfig: ConfigInput | null) => {
    const current = pairRef.current;
    const previous = configRef.current;
    const kept = previous ? `The configuration ${previous.name} stays in effect.` : 'The defaults stay in effect.';
    if (!current) {
      setError({ title: 'Configuration not applied:', message: 'open a pair first', kept });
      return false;
    }
    setBusy({
      label: nextConfig ? `Comparing with ${nextConfig.name}` : 'Comparing with the defaults',
      size: current.left.text.length + current.right.text.length,
    });
    try {
      const result = await client().compare(current.left, current.right, nextConfig, showPartial, [...pinsRef.current]);
      commit(current, nextConfig, result);
      if (!(await saveConfig(nextConfig))) setNotice('This browser does not allow saving: the configuration will not survive a reload.');
      return true;
    } catch (caught) {
      const title = caught instanceof CompareError && caught.kind === 'config' ? 'Configuration not applied:' : 'Could not compare:';
      failed(caught, (message) => ({ title, message, kept }));
      return false;
    }
  }, []);

  const restoreConfig = useCallback(async () => {
    const saved = await loadSavedConfig();
    if (saved && !pairRef.current) {
      configRef.current = saved;
      setConfig(saved);
    }
  }, []);

  const applyPins = useCallback(async (nextPins: readonly Pin[]) => {
    const current = pairRef.current;
    if (!current) return false;
    setBusy({ label: 'Aligning around your pins', size: current.left.text.length + current.right.text.length });
    try {
      const result = await client().compare(current.left, current.right, configRef.current, null, [...nextPins]);
      commit(current, configRef.current, result, nextPins);
      return true;
    } catch (caught) {
      failed(caught, (message) => ({ title: 'Could not align around the pins:', message, kept: 'The previous alignment is still shown.' }));
      return false;
    }
  }, []);

  const applyFixes = useCallback(async (findings: readonly string[]): Promise<AppliedFixes | { refused: string } | null> => {
    const current = pairRef.current;
    const shown = viewRef.current;
    if (!current || !shown || findings.length === 0) return null;
    setBusy({ label: 'Applying the fix and comparing again', size: current.left.text.length + current.right.text.length });
    let fixed: FixedPair;
    try {
      fixed = await client().fix(
        { from: shown.id, left: current.left, right: current.right, config: configRef.current, pins: [...pinsRef.current] },
        [...findings],
      );
    } catch (caught) {
      if (!failed(caught, (message) => ({ title: 'Fix not applied:', message, kept: `${current.right.name} is unchanged.` }))) return null;
      return caught instanceof CompareError && caught.kind === 'fix' ? { refused: caught.message } : null;
    }
    const next: Pair = { ...current, right: { ...current.right, text: fixed.text }, rightAsOpened: current.rightAsOpened ?? current.right.text };
    commit(next, configRef.current, fixed.view);
    return { fixes: fixed.fixes, previousText: current.right.text, text: fixed.text };
  }, []);

  const restoreRightText = useCallback(async (text: string, fixedText: string) => {
    const current = pairRef.current;
    if (!current || current.right.text !== fixedText) {
      setError({ title: 'Could not take the fix back:', message: 'the translation has been replaced since', kept: 'Nothing was changed.' });
      return false;
    }
    setBusy({ label: 'Taking the fix back and comparing again', size: current.left.text.length + text.length });
    const right = { ...current.right, text };
    try {
      const result = await client().compare(current.left, right, configRef.current, null, [...pinsRef.current]);
      commit({ ...current, right }, configRef.current, result);
      return true;
    } catch (caught) {
      failed(caught, (message) => ({ title: 'Could not take the fix back:', message, kept: 'The fixed text is still shown.' }));
      return false;
    }
  }, []);

  const fail = useCallback(
    (message: string) => setError({ title: 'Could not load:', message, kept: pairRef.current ? 'The previous pair is still shown.' : undefined }),
    [],
  );
  const showError = useCallback((next: AppError) => setError(next), []);
  const dismissError = useCallback(() => setError(null), []);
  const requestPreview = useCallback((viewId: number) => client().preview(viewId), []);
  const exportReport = useCallback((request: ExportRequest) => client().exportReport(request), []);

  return {
    pair,
    view,
    config,
    busy,
    error,
    notice,
    load,
    applyConfig,
    restoreConfig,
    pins,
    applyPins,
    fail,
    showError,
    dismissError,
    setNotice,
    applyFixes,
    restoreRightText,
    requestPreview,
    exportReport,
  };
}

const noPins: readonly Pin[] = [];
