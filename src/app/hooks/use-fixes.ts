/**
 * Fixes on the open pair: applying the core's mechanical fix of one finding,
 * or of every finding that has one, to the translation (the right text) in
 * the worker; taking one back with the decisions' undo (`u`); and
 * downloading the translation as fixed, under its own name and in its own
 * encoding (line endings are the text's own, kept by the core's edits).
 * Decisions survive: they are keyed by fingerprints, which a fix changes
 * only on the lines it edits (and those findings are gone).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { fixKey } from '../../core/fixes/types.js';
import { plural } from '../../core/vocabulary/phrasing.js';
import type { Comparison } from '../comparison/use-comparison.js';
import type { Decisions } from '../features/decisions/use-decisions.js';
import type { FindingView, ViewModel } from '../protocol.js';
import { encodeMarkdown } from '../shared/lib/decode-file.js';
import { downloadBytes } from '../shared/lib/download.js';
import { checkLabel } from '../shared/lib/labels.js';
import type { Selection } from './use-selection.js';

export interface Fixes {
  /** The findings “Apply all” fixes: each with a fix, none accepted as intended or refused. */
  available: readonly FindingView[];
  /** Why a finding's fix was not applied (the fixed text did not compare as promised), by `fixKey`: it is not offered again. */
  refusedWhy: (finding: FindingView) => string | null;
  /** The translation differs from the file as opened: there is something to download. */
  changed: boolean;
  busy: boolean;
  apply: (finding: FindingView) => void;
  applyAll: () => void;
  download: () => void;
}

export function useFixes(
  comparison: Comparison,
  view: ViewModel | null,
  decisions: Decisions,
  selection: Selection,
  ordered: readonly FindingView[],
  announce: (message: string) => void,
): Fixes {
  const { pair } = comparison;
  const [refused, setRefused] = useState<ReadonlyMap<string, string>>(new Map());
  const available = (view?.partial ? [] : (view?.findings ?? [])).filter(
    (finding) => finding.fix && finding.decision?.status !== 'accepted' && !refused.has(fixKey(finding)),
  );
  const refusedWhy = useCallback((finding: FindingView) => refused.get(fixKey(finding)) ?? null, [refused]);
  const changed = pair?.rightAsOpened !== undefined && pair.rightAsOpened !== pair.right.text;
  /**
   * Once the fixed pair is shown: the findings to select (by key, the first one still there winning; finding ids are
   * places in a view, so they change) and what to say first.
   */
  const reselect = useRef<{ keys: string[]; said: string } | null>(null);

  useEffect(() => {
    const wanted = reselect.current;
    if (!wanted || !view || view.partial) return;
    reselect.current = null;
    const byKey = new Map(view.findings.map((finding) => [fixKey(finding), finding.id]));
    const next = wanted.keys.map((key) => byKey.get(key)).find((id) => id !== undefined);
    if (next !== undefined) {
      selection.select(next, { prefix: wanted.said });
      return;
    }
    selection.clear();
    if (wanted.said) announce(wanted.said);
  }, [view?.id]);

  const run = useCallback(
    async (findings: readonly FindingView[], selectAfter: string[], said: string) => {
      const right = comparison.pair?.right.name ?? 'the translation';
      const applied = await comparison.applyFixes(findings.map(fixKey));
      if (applied && 'refused' in applied) {
        // One fix alone proven wrong is not offered again; of several applied at once, which one failed is not known.
        if (findings.length === 1) setRefused((previous) => new Map(previous).set(fixKey(findings[0]!), applied.refused));
        return;
      }
      if (!applied) return;
      const lines = findings.flatMap((finding) => finding.fix?.edits.map((edit) => edit.line) ?? []);
      reselect.current = {
        keys: selectAfter,
        said: `${said} applied to ${right} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}); compared again. Press u to undo. `,
      };
      decisions.pushUndo({
        description: `${said} is taken back`,
        undo: () => {
          // The fixed findings come back with the fingerprints they had: select the first of them again.
          reselect.current = { keys: findings.map(fixKey), said: `Undone: ${said} is taken back. ` };
          void comparison.restoreRightText(applied.previousText, applied.text);
        },
      });
    },
    [comparison.pair, comparison.applyFixes, comparison.restoreRightText, decisions.pushUndo, announce],
  );

  const apply = useCallback(
    (finding: FindingView) => {
      if (!finding.fix) return;
      // After the fix, on to the next finding shown, as a decision moves on.
      const at = ordered.findIndex((candidate) => candidate.id === finding.id);
      const after = at < 0 ? [] : [...ordered.slice(at + 1), ...ordered.slice(0, at)].map(fixKey);
      void run([finding], after, `The fix of the ${checkLabel(finding.check).toLowerCase()} finding`);
    },
    [ordered, run],
  );

  const applyAll = useCallback(() => {
    if (available.length === 0) return;
    const selected = selection.selectedFinding;
    void run(available, selected ? [fixKey(selected)] : [], plural(available.length, 'fix', 'fixes'));
  }, [available, selection.selectedFinding, run]);

  const download = useCallback(() => {
    if (!pair || !changed) return;
    const name = pair.right.name.replace(/\\/g, '/').split('/').pop() ?? pair.right.name;
    downloadBytes(name, encodeMarkdown(pair.right.text, pair.right.encoding), 'text/markdown');
    announce(`Downloaded ${name} with the fixes applied.`);
  }, [pair, changed, announce]);

  return { available, refusedWhy, changed, busy: comparison.busy !== null, apply, applyAll, download };
}
