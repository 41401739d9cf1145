/**
 * The current pair and its view model. A new pair replaces the old one only
 * when it compares; bad input leaves the previous pair on screen and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CompareClient, CompareError, type Preview } from './compare-client.js';
import { savePair } from './saved-pair.js';
import type { PairSource } from './shared/lib/url-state.js';
import type { ViewModel } from './shared/lib/view-model.js';
import type { DocumentInput } from './shared/lib/worker-protocol.js';

export interface Pair {
  left: DocumentInput;
  right: DocumentInput;
  source: PairSource;
}

export interface Busy {
  label: string;
  size: number;
}

export interface Comparison {
  pair: Pair | null;
  view: ViewModel | null;
  busy: Busy | null;
  error: string | null;
  notice: string | null;
  load: (pair: Pair) => Promise<ViewModel | null>;
  fail: (message: string) => void;
  dismissError: () => void;
  setNotice: (notice: string | null) => void;
  requestPreview: (viewId: number) => Promise<Preview>;
}

export function useComparison(): Comparison {
  const clientRef = useRef<CompareClient | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);
  const [view, setView] = useState<ViewModel | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const client = () => (clientRef.current ??= new CompareClient());
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const load = useCallback(async (next: Pair) => {
    setBusy({ label: `Comparing ${next.left.name} and ${next.right.name}`, size: next.left.text.length + next.right.text.length });
    try {
      const result = await client().compare(next.left, next.right);
      setPair(next);
      setView(result);
      setError(null);
      setBusy(null);
      if (next.source === 'local') {
        const saved = await savePair(next);
        if (!saved) setNotice('This browser does not allow saving: the pair will not survive a reload.');
      }
      return result;
    } catch (caught) {
      if (caught instanceof CompareError && caught.superseded) return null;
      setBusy(null);
      const side = caught instanceof CompareError && caught.side ? `${next[caught.side].name} (${caught.side}): ` : '';
      setError(`${side}${caught instanceof Error ? caught.message : String(caught)}`);
      return null;
    }
  }, []);

  const fail = useCallback((message: string) => setError(message), []);
  const dismissError = useCallback(() => setError(null), []);
  const requestPreview = useCallback((viewId: number) => client().preview(viewId), []);

  return { pair, view, busy, error, notice, load, fail, dismissError, setNotice, requestPreview };
}
