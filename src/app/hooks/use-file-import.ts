/**
 * Everything that brings documents or settings in: the first pair (the saved
 * one or the sample), files picked, dropped or pasted, swapping sides, the
 * configuration file, and dropped JSON (a decisions file or a configuration).
 * One file opened while the sample is shown waits for its other version
 * (`waiting`) instead of being compared with the sample.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSavedPair } from '../comparison/saved-pair.js';
import { samplePair } from '../comparison/seeds.js';
import type { Comparison, Pair } from '../comparison/use-comparison.js';
import type { PairUpdate } from '../features/loading/read-files.js';
import type { Waiting } from '../features/loading/waiting-for-other.js';
import { readMarkdownFile } from '../shared/lib/decode-file.js';
import { plural } from '../../core/vocabulary/phrasing.js';

export interface FileImport {
  /** One version is open, the other not yet. */
  waiting: Waiting | null;
  cancelWaiting: () => void;
  onLoad: (update: PairUpdate) => void;
  swap: () => void;
  loadSample: () => void;
  applyConfigFile: (file: File) => Promise<void>;
  clearConfig: () => Promise<void>;
  /** Dropped JSON files: each a decisions file or a configuration. */
  onDroppedJson: (files: File[]) => void;
}

export function useFileImport(
  comparison: Comparison,
  initialPair: 'sample' | 'local',
  announce: (message: string) => void,
  resetView: () => void,
  importDecisionsFile: (file: File) => Promise<void>,
): FileImport {
  const { pair, load, setNotice, showError } = comparison;
  const [waiting, setWaiting] = useState<Waiting | null>(null);

  // The first pair: the user's saved pair when the URL asks for it, else the sample.
  useEffect(() => {
    // Set by the cleanup below while the reads are under way; read through a function, which no check narrows.
    let cancelled = false;
    const stopped = () => cancelled;
    void (async () => {
      await comparison.restoreConfig();
      if (stopped()) return;
      if (initialPair === 'local') {
        const saved = await loadSavedPair();
        if (stopped()) return;
        if (saved) {
          await load({ ...saved, source: 'local' });
          return;
        }
        setNotice('Your saved pair is not available in this browser any more; showing the sample pair.');
      }
      const result = await load({ ...samplePair, source: 'sample' });
      if (result && !stopped()) announce(`Compared ${result.left.name} and ${result.right.name}: ${plural(result.findings.length, 'finding')}.`);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once; `load` is stable.
  }, []);

  const applyPair = useCallback(
    async (next: Pair) => {
      const result = await load(next);
      if (!result) return;
      setWaiting(null);
      resetView();
      setNotice(null);
      announce(`Compared ${result.left.name} and ${result.right.name}: ${plural(result.findings.length, 'finding')}.`);
    },
    [load, setNotice, resetView, announce],
  );

  const onLoad = useCallback(
    (update: PairUpdate) => {
      const given = (['left', 'right'] as const).filter((side) => update[side] !== undefined);
      if (given.length === 1) {
        const side = given[0]!;
        const document = update[side]!;
        if (waiting) {
          // The other version: it fills the side still missing, wherever it was dropped.
          const [left, right] = waiting.side === 'left' ? [waiting.document, document] : [document, waiting.document];
          void applyPair({ left, right, source: 'local' });
          return;
        }
        if (!pair || pair.source === 'sample') {
          // Comparing the user's file with the sample means nothing: ask for the other version.
          setWaiting({ side, document });
          comparison.dismissError();
          announce(`${document.name} is open on the ${side}. Now open the other version for the ${side === 'left' ? 'right' : 'left'}.`);
          return;
        }
      }
      const base = pair ?? { ...samplePair, source: 'sample' as const };
      void applyPair({ left: update.left ?? base.left, right: update.right ?? base.right, source: 'local' });
    },
    [pair, waiting, applyPair, announce, comparison.dismissError],
  );

  const cancelWaiting = useCallback(() => {
    setWaiting(null);
    announce('Back to the open pair.');
  }, [announce]);

  const swap = useCallback(() => {
    if (pair) void applyPair({ left: pair.right, right: pair.left, source: pair.source === 'sample' ? 'local' : pair.source });
  }, [pair, applyPair]);
  const loadSample = useCallback(() => void applyPair({ ...samplePair, source: 'sample' }), [applyPair]);

  const applyConfigFile = async (file: File) => {
    let text: string;
    try {
      text = await readMarkdownFile(file);
    } catch (error) {
      showError({
        title: 'Configuration not applied:',
        message: error instanceof Error ? error.message : String(error),
        kept: comparison.config ? `The configuration ${comparison.config.name} stays in effect.` : 'The defaults stay in effect.',
      });
      return;
    }
    if (await comparison.applyConfig({ name: file.name, text })) {
      resetView();
      announce(`Configuration ${file.name} applied.`);
    }
  };
  const clearConfig = async () => {
    if (await comparison.applyConfig(null)) {
      resetView();
      announce('Configuration cleared: the defaults apply.');
    }
  };

  /** Dropped JSON: a decisions file (by its name or its "decisions" key) or a configuration. */
  const onJsonFiles = async (files: File[]) => {
    for (const file of files) {
      let kind: 'decisions' | 'config' = /decisions\.json$/i.test(file.name) ? 'decisions' : 'config';
      if (kind === 'config') {
        try {
          const value: unknown = JSON.parse(await file.slice(0, 1024 * 1024).text());
          if (typeof value === 'object' && value !== null && 'decisions' in value) kind = 'decisions';
        } catch {
          // Not JSON: the configuration's parser says so, naming the file.
        }
      }
      await (kind === 'decisions' ? importDecisionsFile(file) : applyConfigFile(file));
    }
  };
  // The drop zone binds its listeners once; the handler it calls is always this render's.
  const jsonFilesRef = useRef(onJsonFiles);
  jsonFilesRef.current = onJsonFiles;
  const onDroppedJson = useCallback((files: File[]) => void jsonFilesRef.current(files), []);

  return { waiting, cancelWaiting, onLoad, swap, loadSample, applyConfigFile, clearConfig, onDroppedJson };
}
