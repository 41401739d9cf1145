/**
 * Review decisions on the open pair: the decisions applied to its findings
 * (the core's apply, with the app's pair), deciding the selected finding or
 * every finding shown at once, one key per decision that moves on to the
 * next finding, undo, the comment draft, and the decisions file out and in.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  decisionKey,
  decisionsFileName,
  DecisionsError,
  parseDecisions,
  serializeDecisions,
  withDecision,
  withoutDecision,
  type Decision,
  type DecisionStatus,
} from '../../core/decisions.js';
import type { AppError } from '../comparison/use-comparison.js';
import { applyToView, makeDecision, nextAfter, type AppliedView, type PairIdentity } from '../features/decisions/decision-logic.js';
import { useDecisions, type Decisions } from '../features/decisions/use-decisions.js';
import type { FindingView, ViewModel } from '../protocol.js';
import { readMarkdownFile } from '../shared/lib/decode-file.js';
import { downloadText } from '../shared/lib/download.js';
import { plural } from '../../core/vocabulary/phrasing.js';
import { decisionText } from '../shared/lib/labels.js';
import type { Selection } from './use-selection.js';

export interface ReviewInput {
  /** The view as compared (no decisions on it). */
  compared: ViewModel | null;
  pair: PairIdentity | null;
  announce: (message: string) => void;
  showError: (error: AppError) => void;
  onImported: (message: string) => void;
}

export interface Review extends AppliedView {
  decisions: Decisions;
  /** The view with each finding's decision on it: every panel reads this one. */
  view: ViewModel | null;
}

export function useAppliedDecisions({ compared, pair }: Pick<ReviewInput, 'compared' | 'pair'>): Review {
  const decisions = useDecisions(pair);
  const findings = compared?.findings ?? emptyFindings;
  const applied = useMemo(() => applyToView(findings, decisions.list, pair), [findings, decisions.list, pair]);
  const view = useMemo<ViewModel | null>(() => (compared ? { ...compared, findings: applied.findings } : null), [compared, applied.findings]);
  return { ...applied, decisions, view };
}

export interface ReviewActions {
  /** The comment being typed for the selected finding. */
  draft: string;
  setDraft: (text: string) => void;
  commitComment: () => void;
  /** Decides (or clears) the selected finding and stays on it. */
  decide: (status: DecisionStatus | null) => void;
  /** Decides the selected finding and moves to the next one shown (a, x, d). */
  decideAndNext: (status: DecisionStatus) => void;
  /** Decides every finding in the list (the filtered set, a group). */
  decideAll: (findings: readonly FindingView[], status: DecisionStatus | null) => void;
  undo: () => void;
  forget: (decision: Decision) => void;
  exportDecisions: () => void;
  importDecisionsFile: (file: File) => Promise<void>;
}

export function useReviewActions(
  review: Review,
  input: ReviewInput,
  selection: Selection,
  ordered: readonly FindingView[],
  shownAfter: (findings: readonly FindingView[]) => FindingView[],
): ReviewActions {
  const { view, decisions } = review;
  const { announce, showError } = input;
  const { selectedFinding, select } = selection;
  const savedComment = selectedFinding?.decision?.comment ?? '';
  const selectedId = selectedFinding?.id ?? -1;
  // The comment is a draft until a status is chosen (or, on a decided finding, until Enter or leaving the field).
  const [draftState, setDraftState] = useState({ id: -1, text: '' });
  const draft = draftState.id === selectedId ? draftState.text : savedComment;
  useEffect(() => setDraftState({ id: selectedId, text: savedComment }), [selectedId, savedComment]);
  const setDraft = useCallback((text: string) => setDraftState({ id: selectedId, text }), [selectedId]);

  const change = (findings: readonly FindingView[], status: DecisionStatus | null, comment: string | null): boolean => {
    if (!view || !input.pair) return false;
    const pair = input.pair;
    const ok = decisions.update((list) => {
      let next = list;
      for (const finding of findings) {
        next =
          status === null
            ? withoutDecision(next, decisionKey(finding))
            : withDecision(next, makeDecision(view.report, finding, status, comment ?? finding.decision?.comment ?? '', next, pair));
      }
      return next;
    });
    if (!ok) announce('The decisions of this pair are still loading; try again.');
    return ok;
  };

  const decide = (status: DecisionStatus | null) => {
    if (!selectedFinding) return;
    if (change([selectedFinding], status, draft)) {
      announce(
        status === null
          ? `${selection.numberOf(selectedFinding.id)} is undecided again.`
          : `${selection.numberOf(selectedFinding.id)} marked ${decisionText[status].toLowerCase()}.`,
      );
    }
  };

  const commitComment = () => {
    if (!selectedFinding?.decision || draft.trim() === savedComment) return;
    if (change([selectedFinding], selectedFinding.decision.status, draft)) announce('Comment saved.');
  };

  const decideAndNext = (status: DecisionStatus) => {
    if (!view) return;
    if (!selectedFinding) {
      if (ordered.length > 0)
        select(ordered[0]!.id, { prefix: `Nothing was selected, so nothing was marked ${decisionText[status].toLowerCase()}. ` });
      return;
    }
    const label = selection.numberOf(selectedFinding.id);
    if (!change([selectedFinding], status, draft)) return;
    // The filter may hide the finding now (say, “undecided” only): the next one is chosen from the list as it will be.
    const after = view.findings.map((finding) => (finding.id === selectedFinding.id ? { ...finding, decision: { status } } : finding));
    const shown = shownAfter(after);
    const next = nextAfter(shown, selectedFinding.id, ordered);
    const prefix = `${label} marked ${decisionText[status].toLowerCase()}. `;
    if (next) select(next.id, { shown, prefix });
    else announce(`${prefix}No other finding in this filter.`);
  };

  const decideAll = (findings: readonly FindingView[], status: DecisionStatus | null) => {
    if (findings.length === 0) return;
    if (change(findings, status, null)) {
      announce(
        status === null
          ? `${plural(findings.length, 'finding')} undecided again. Press u to undo.`
          : `${plural(findings.length, 'finding')} marked ${decisionText[status].toLowerCase()}. Press u to undo.`,
      );
    }
  };

  const undo = () => {
    const undone = decisions.undo();
    if (undone === 'decisions') announce('Undone: the decisions are as they were before the last change.');
    else if (undone) announce(`Undone: ${undone.description}.`);
    else announce('Nothing to undo.');
  };

  const forget = (decision: Decision) => decisions.update((list) => withoutDecision(list, decisionKey(decision)));

  const exportDecisions = () => {
    if (!view || (decisions.list.length === 0 && decisions.pins.length === 0)) return;
    downloadText(decisionsFileName, serializeDecisions(decisions.list, decisions.pins), 'application/json');
    const pins = decisions.pins.length > 0 ? ` and ${plural(decisions.pins.length, 'pin')}` : '';
    announce(`Downloaded ${decisionsFileName} with ${plural(decisions.list.length, 'decision')}${pins}.`);
  };

  const importDecisionsFile = async (file: File) => {
    let parsed;
    try {
      parsed = parseDecisions(await readMarkdownFile(file));
    } catch (error) {
      const message = error instanceof DecisionsError ? `${file.name}: ${error.message}` : error instanceof Error ? error.message : String(error);
      showError({ title: 'Decisions not imported:', message, kept: 'Nothing was changed.' });
      return;
    }
    // Pins are for one pair's blocks: the open pair's realign it; the others are kept (an export writes them back) and wait for their pair.
    const result = await decisions.importDecisions(parsed.decisions, parsed.pins ?? []);
    if (!result) {
      showError({
        title: 'Decisions not imported:',
        message: 'open a pair first (or wait until its decisions have loaded)',
        kept: 'Nothing was changed.',
      });
      return;
    }
    const parts = [`${result.added} new`, `${result.replaced} replaced`];
    if (result.otherPairs > 0) parts.push(`${result.otherPairs} kept for other pairs`);
    if (result.otherFailed > 0) parts.push(`${result.otherFailed} for other pairs could not be saved`);
    if (result.pins > 0) parts.push(plural(result.pins, 'pin'));
    if (result.otherPins > 0) parts.push(`${plural(result.otherPins, 'pin')} kept for other pairs`);
    input.onImported(`Imported ${plural(parsed.decisions.length, 'decision')} from ${file.name}: ${parts.join(', ')}.`);
  };

  return { draft, setDraft, commitComment, decide, decideAndNext, decideAll, undo, forget, exportDecisions, importDecisionsFile };
}

const emptyFindings: FindingView[] = [];
