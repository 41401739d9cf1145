/**
 * The review app: composes loading, the aligned view, the findings table and
 * the outline around one comparison, and owns the view state they share
 * (selection, filters, folding, mode), which it mirrors into the URL. Review
 * decisions, report exports and the configuration are wired here too.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DecisionsError, parseDecisions, serializeDecisions, decisionsFileName, type DecisionStatus } from '../core/decisions.js';
import type { FormatName } from '../core/report/writers.js';
import type { Preview } from './comparison/compare-client.js';
import { AlignedView, type ScrollRequest } from './features/aligned-view/aligned-view.js';
import { ConfigButton, ConfigStatus } from './features/config/config-controls.js';
import { DecisionControls } from './features/decisions/decision-controls.js';
import { applyToFindings, decisionKey, makeDecision, nextAfter, withDecision, withoutDecision } from './features/decisions/decision-logic.js';
import { ReviewBar } from './features/decisions/review-bar.js';
import { StaleDecisions } from './features/decisions/stale-decisions.js';
import { useDecisions } from './features/decisions/use-decisions.js';
import { ExportMenu, exportFormats } from './features/export/export-menu.js';
import { FindingsPanel } from './features/findings/findings-panel.js';
import { DropZone } from './features/loading/drop-zone.js';
import { LoadControls } from './features/loading/load-controls.js';
import { PasteDialog } from './features/loading/paste-dialog.js';
import type { PairUpdate } from './features/loading/read-files.js';
import { Outline } from './features/outline/outline.js';
import { ShortcutsOverlay } from './features/shortcuts/shortcuts-overlay.js';
import { SummaryBar } from './features/summary/summary-bar.js';
import { loadSavedPair } from './comparison/saved-pair.js';
import { samplePair } from './comparison/seeds.js';
import { Banner } from './shared/components/banner.js';
import { LiveRegion } from './shared/components/live-region.js';
import { useDelayed } from './shared/hooks/use-delayed.js';
import { useShortcuts } from './shared/hooks/use-shortcuts.js';
import { useTheme } from './shared/hooks/use-theme.js';
import { readMarkdownFile } from './shared/lib/decode-file.js';
import { downloadText, reportFileName } from './shared/lib/download.js';
import { filterFindings, type FindingsFilter } from './shared/lib/findings-filter.js';
import { checkLabel, decisionText } from './shared/lib/labels.js';
import type { ShortcutAction } from './shared/lib/shortcuts.js';
import { readUrlState, writeUrlState, type ViewMode } from './shared/lib/url-state.js';
import type { FindingView, ViewModel } from './protocol.js';
import { useComparison, type Pair } from './comparison/use-comparison.js';

const initialUrl = readUrlState(location.search);

export function App() {
  const comparison = useComparison();
  const { view: compared, pair, load, setNotice, fail, requestPreview, showError } = comparison;
  const decisions = useDecisions(compared?.left.name ?? null, compared?.right.name ?? null);
  const applied = useMemo(() => applyToFindings(compared?.findings ?? emptyFindings, decisions.list), [compared, decisions.list]);
  // The view with each finding's review decision on it: every panel reads this one.
  const view = useMemo<ViewModel | null>(() => (compared ? { ...compared, findings: applied.findings } : null), [compared, applied.findings]);
  const [exporting, setExporting] = useState(false);
  const [selected, setSelected] = useState<number | null>(initialUrl.finding);
  const [filter, setFilter] = useState<FindingsFilter>(initialUrl.filter);
  const [collapse, setCollapse] = useState(initialUrl.collapse);
  const [expanded, setExpanded] = useState<number[]>(initialUrl.expanded);
  const [mode, setMode] = useState<ViewMode>(initialUrl.mode);
  const [remoteImages, setRemoteImages] = useState(false);
  const [preview, setPreview] = useState<(Preview & { id: number }) | null>(null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [currentSection, setCurrentSection] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { theme, cycleTheme } = useTheme();
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const pairInputRef = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  const showProgress = useDelayed(comparison.busy !== null, 250);

  // The first pair: the user's saved pair when the URL asks for it, else the sample.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      await comparison.restoreConfig();
      if (cancelled) return;
      if (initialUrl.pair === 'local') {
        const saved = await loadSavedPair();
        if (cancelled) return;
        if (saved) {
          await load({ ...saved, source: 'local' });
          return;
        }
        setNotice('Your saved pair is not available in this browser any more; showing the sample pair.');
      }
      const result = await load({ ...samplePair, source: 'sample' });
      if (result && !cancelled) setAnnouncement(`Compared ${result.left.name} and ${result.right.name}: ${result.findings.length} findings.`);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once; `load` is stable.
  }, []);

  const findings = view?.findings ?? emptyFindings;
  const visible = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const validSelected = selected !== null && selected < findings.length ? selected : null;

  const select = useCallback(
    (id: number, options: { focusView?: boolean; shown?: readonly FindingView[]; prefix?: string } = {}) => {
      const finding = view?.findings[id];
      if (!finding) return;
      setSelected(id);
      if (finding.row !== null) setScrollRequest({ row: finding.row, seq: ++seq.current, focus: options.focusView });
      const shown = options.shown ?? filterFindings(view.findings, filter);
      const position = shown.findIndex((f) => f.id === id);
      const decided = finding.decision ? ` ${decisionText[finding.decision.status]}.` : '';
      setAnnouncement(
        `${options.prefix ?? ''}Finding ${position >= 0 ? position + 1 : id + 1} of ${position >= 0 ? shown.length : view.findings.length}: ${checkLabel(finding.check)}, ${finding.severity}.${decided} ` +
          `Left line ${finding.left?.line ?? 'none'}, right line ${finding.right?.line ?? 'none'}. ${finding.message}`,
      );
    },
    [view, filter],
  );

  // After a reload the URL's finding is selected once the view is there: scroll to it.
  // (Not in the first rows of a large pair: their view has no findings yet.)
  const restored = useRef(false);
  useEffect(() => {
    if (!view || view.partial || restored.current) return;
    restored.current = true;
    if (validSelected !== null) select(validSelected);
  }, [view, validSelected, select]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (visible.length === 0) return;
      const at = visible.findIndex((finding) => finding.id === validSelected);
      let next: FindingView;
      if (at >= 0) next = visible[(at + direction + visible.length) % visible.length]!;
      else if (validSelected !== null && direction === 1) next = visible.find((finding) => finding.id > validSelected) ?? visible[0]!;
      else if (validSelected !== null) next = [...visible].reverse().find((finding) => finding.id < validSelected) ?? visible[visible.length - 1]!;
      else next = direction === 1 ? visible[0]! : visible[visible.length - 1]!;
      select(next.id);
    },
    [visible, validSelected, select],
  );

  /** A new comparison is on screen: the old selection and folding mean nothing in it. */
  const resetView = useCallback(() => {
    setSelected(null);
    setExpanded([]);
    setPreview(null);
  }, []);

  const applyPair = useCallback(
    async (next: Pair) => {
      const result = await load(next);
      if (!result) return;
      resetView();
      setNotice(null);
      setAnnouncement(
        `Compared ${result.left.name} and ${result.right.name}: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}.`,
      );
    },
    [load, setNotice, resetView],
  );

  const onLoad = useCallback(
    (update: PairUpdate) => {
      const base = pair ?? { ...samplePair, source: 'sample' as const };
      void applyPair({ left: update.left ?? base.left, right: update.right ?? base.right, source: 'local' });
    },
    [pair, applyPair],
  );
  const onLoadError = fail;
  const swap = useCallback(() => {
    if (pair) void applyPair({ left: pair.right, right: pair.left, source: pair.source === 'sample' ? 'local' : pair.source });
  }, [pair, applyPair]);
  const loadSample = useCallback(() => void applyPair({ ...samplePair, source: 'sample' }), [applyPair]);

  // Review decisions on the selected finding. The comment is a draft until a status is chosen (or, on a decided finding, until Enter or leaving the field).
  const selectedFinding = validSelected !== null ? (view?.findings[validSelected] ?? null) : null;
  const savedComment = selectedFinding?.decision?.comment ?? '';
  const [draft, setDraft] = useState({ id: -1, text: '' });
  const draftText = draft.id === validSelected ? draft.text : savedComment;
  useEffect(() => setDraft({ id: validSelected ?? -1, text: savedComment }), [validSelected, savedComment]);

  const decideFinding = (finding: FindingView, status: DecisionStatus | null, comment: string): boolean => {
    if (!view) return false;
    const ok = decisions.update((list) =>
      status === null ? withoutDecision(list, decisionKey(finding)) : withDecision(list, makeDecision(view.report, finding, status, comment, list)),
    );
    if (!ok) setAnnouncement('The decisions of this pair are still loading; try again.');
    return ok;
  };
  const onDecide = (status: DecisionStatus | null) => {
    if (!selectedFinding) return;
    if (decideFinding(selectedFinding, status, draftText)) {
      setAnnouncement(
        status === null
          ? `Finding ${selectedFinding.id + 1} is undecided again.`
          : `Finding ${selectedFinding.id + 1} marked ${decisionText[status].toLowerCase()}.`,
      );
    }
  };
  const onCommitComment = () => {
    if (!selectedFinding?.decision || draftText.trim() === savedComment) return;
    if (decideFinding(selectedFinding, selectedFinding.decision.status, draftText)) setAnnouncement('Comment saved.');
  };
  const acceptAndNext = () => {
    if (!view) return;
    if (!selectedFinding) {
      if (visible.length > 0) select(visible[0]!.id, { prefix: 'Nothing was selected, so nothing was accepted. ' });
      return;
    }
    if (!decideFinding(selectedFinding, 'accepted', draftText)) return;
    // The filter may hide the finding now (say, “undecided” only): the next one is chosen from the list as it will be.
    const after = view.findings.map((finding) =>
      finding.id === selectedFinding.id ? { ...finding, decision: { status: 'accepted' as const } } : finding,
    );
    const shown = filterFindings(after, filter);
    const next = nextAfter(shown, selectedFinding.id);
    const prefix = `Finding ${selectedFinding.id + 1} accepted. `;
    if (next) select(next.id, { shown, prefix });
    else setAnnouncement(`${prefix}No other finding in this filter.`);
  };

  const exportDecisions = () => {
    if (!view || decisions.list.length === 0) return;
    downloadText(decisionsFileName, serializeDecisions(decisions.list), 'application/json');
    setAnnouncement(`Downloaded ${decisionsFileName} with ${decisions.list.length} decision${decisions.list.length === 1 ? '' : 's'}.`);
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
    const result = await decisions.importDecisions(parsed.decisions);
    if (!result) {
      showError({
        title: 'Decisions not imported:',
        message: 'open a pair first (or wait until its decisions have loaded)',
        kept: 'Nothing was changed.',
      });
      return;
    }
    comparison.dismissError();
    const parts = [`${result.added} new`, `${result.replaced} replaced`];
    if (result.otherPairs > 0) parts.push(`${result.otherPairs} kept for other pairs`);
    if (result.otherFailed > 0) parts.push(`${result.otherFailed} for other pairs could not be saved`);
    const message = `Imported ${parsed.decisions.length} decision${parsed.decisions.length === 1 ? '' : 's'} from ${file.name}: ${parts.join(', ')}.`;
    setNotice(message);
    setAnnouncement(message);
  };

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
      setAnnouncement(`Configuration ${file.name} applied.`);
    }
  };
  const clearConfig = async () => {
    if (await comparison.applyConfig(null)) {
      resetView();
      setAnnouncement('Configuration cleared: the defaults apply.');
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

  const onExport = async (format: FormatName) => {
    if (!view || view.partial || !pair) return;
    const entry = exportFormats.find((candidate) => candidate.format === format)!;
    setExporting(true);
    try {
      // The decisions held are this pair's: their paths (file names, or a repository's paths) need not match the report's.
      const pairDecisions = decisions.list.map(({ left: _left, right: _right, ...rest }) => rest);
      const text = await comparison.exportReport({
        format,
        report: view.report,
        decisions: pairDecisions,
        leftText: pair.left.text,
        rightText: pair.right.text,
      });
      const name = reportFileName(view.right.name, entry.extension);
      downloadText(name, text, entry.type);
      setAnnouncement(`Downloaded ${name}.`);
    } catch (error) {
      showError({ title: 'Could not export:', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setExporting(false);
    }
  };

  // Rendered mode needs the sanitised trees from the worker, once per comparison.
  useEffect(() => {
    if (mode !== 'rendered' || !view || view.partial || preview?.id === view.id) return;
    let cancelled = false;
    requestPreview(view.id).then((result) => {
      if (!cancelled) setPreview({ ...result, id: view.id });
    });
    return () => {
      cancelled = true;
    };
  }, [mode, view, preview, requestPreview]);

  // Mirror the view state into the URL (replaceState: the back button leaves the app, not the selection).
  useEffect(() => {
    const query = writeUrlState({ pair: pair?.source ?? initialUrl.pair, finding: validSelected, filter, collapse, expanded, mode });
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  }, [pair, validSelected, filter, collapse, expanded, mode]);

  // Say how many findings the filters leave, once they settle.
  const filterSummary = visible.length === findings.length ? null : `${visible.length} of ${findings.length} findings shown.`;
  const lastSummary = useRef<string | null>(null);
  useEffect(() => {
    if (!view || filterSummary === lastSummary.current) return;
    lastSummary.current = filterSummary;
    const timer = setTimeout(() => setAnnouncement(filterSummary ?? `All ${findings.length} findings shown.`), 500);
    return () => clearTimeout(timer);
  }, [filterSummary, findings.length, view]);

  const sectionRow = useCallback((section: number) => view?.rows.findIndex((row) => row.section === section) ?? -1, [view]);
  const goToSection = useCallback(
    (section: number) => {
      const row = sectionRow(section);
      if (row >= 0) setScrollRequest({ row, seq: ++seq.current });
    },
    [sectionRow],
  );

  const onShortcut = (action: ShortcutAction, event: KeyboardEvent) => {
    // While a dialog is open the keys go to it (useShortcuts skips them), so no dialog state is checked here:
    // React may not yet know that Escape has just closed one.
    event.preventDefault();
    switch (action) {
      case 'next':
        return step(1);
      case 'previous':
        return step(-1);
      case 'accept-next':
        return acceptAndNext();
      case 'search':
        return searchRef.current?.focus();
      case 'help':
        return setHelpOpen(true);
      case 'collapse':
        setCollapse((value) => !value);
        return setAnnouncement(collapse ? 'Showing all rows.' : 'Rows without findings are collapsed.');
      case 'expand-all':
        setCollapse(false);
        return setAnnouncement('Showing all rows.');
      case 'mode':
        setMode((value) => (value === 'source' ? 'rendered' : 'source'));
        return setAnnouncement(mode === 'source' ? 'Rendered preview.' : 'Source view.');
      case 'swap':
        return swap();
      case 'open':
        return pairInputRef.current?.click();
      case 'theme':
        return cycleTheme();
      case 'focus-view':
        return document.getElementById('aligned-grid')?.focus();
      case 'focus-findings':
        return tableRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus();
      case 'focus-outline':
        return treeRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      case 'escape':
        if (comparison.error) return comparison.dismissError();
        if (validSelected !== null) {
          setSelected(null);
          setAnnouncement('Selection cleared.');
        }
        return;
    }
  };
  useShortcuts(onShortcut);

  const onExpand = useCallback((from: number) => setExpanded((list) => (list.includes(from) ? list : [...list, from])), []);
  const onSelectFinding = useCallback((id: number) => select(id), [select]);

  const decisionControls = (place: 'panel' | 'view') =>
    selectedFinding && (
      <DecisionControls
        finding={selectedFinding}
        number={selectedFinding.id + 1}
        place={place}
        comment={draftText}
        disabled={!decisions.ready}
        onComment={(text) => setDraft({ id: selectedFinding.id, text })}
        onCommitComment={onCommitComment}
        onDecide={onDecide}
      />
    );

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          mdparity <span className="brand-sub">structure review</span>
        </h1>
        <LoadControls
          onLoad={onLoad}
          onError={onLoadError}
          onSwap={swap}
          onPaste={() => setPasteOpen(true)}
          onSample={loadSample}
          pairInputRef={pairInputRef}
        />
        <div className="review-controls-top" role="group" aria-label="Report and configuration">
          <ExportMenu disabled={!view || view.partial !== undefined} busy={exporting} onExport={(format) => void onExport(format)} />
          <ConfigButton onFile={(file) => void applyConfigFile(file)} />
        </div>
        <div className="view-controls" role="group" aria-label="View">
          <button type="button" aria-pressed={collapse} onClick={() => setCollapse((value) => !value)} title="Collapse rows without findings (c)">
            Collapse matching
          </button>
          {collapse && (
            <button type="button" onClick={() => setCollapse(false)} title="Expand all (e)">
              Expand all
            </button>
          )}
          <button
            type="button"
            aria-pressed={mode === 'rendered'}
            onClick={() => setMode((value) => (value === 'source' ? 'rendered' : 'source'))}
            title="Rendered preview (r)"
          >
            Rendered
          </button>
          {mode === 'rendered' && (
            <button
              type="button"
              aria-pressed={remoteImages}
              onClick={() => setRemoteImages((value) => !value)}
              title="Remote images are blocked until you allow them"
            >
              Load remote images
            </button>
          )}
          <button type="button" onClick={cycleTheme} title="Theme (t)" aria-label={`Theme: ${theme}`}>
            <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'} </span>
            {theme === 'system' ? 'System theme' : theme === 'dark' ? 'Dark' : 'Light'}
          </button>
          <button type="button" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts (?)" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </header>

      {comparison.error && (
        <Banner tone="error" onDismiss={comparison.dismissError}>
          <strong>{comparison.error.title}</strong> {comparison.error.message}
          {/[.!?]$/.test(comparison.error.message) ? '' : '.'}
          {comparison.error.kept && ` ${comparison.error.kept}`}
        </Banner>
      )}
      {comparison.notice && (
        <Banner tone="notice" onDismiss={() => setNotice(null)}>
          {comparison.notice}
        </Banner>
      )}
      {/* The first rows of a large pair carry their own progress line (the summary bar), in place. */}
      {showProgress && comparison.busy && !view?.partial && (
        <div className="progress" role="status" data-testid="progress">
          <span>
            {comparison.busy.label} ({formatSize(comparison.busy.size)})…
          </span>
          <span className="progress-bar" aria-hidden="true" />
        </div>
      )}

      {view ? (
        <>
          <SummaryBar view={view}>
            <ConfigStatus config={view.config} onClear={() => void clearConfig()} />
          </SummaryBar>
          <main className="workspace">
            <Outline
              key={`outline-${view.id}${view.partial ? '-first-rows' : ''}`}
              sections={view.report.sections}
              findings={view.findings}
              current={currentSection}
              onSelectSection={goToSection}
              treeRef={treeRef}
            />
            <AlignedView
              key={`aligned-${view.id}`}
              view={view}
              visibleFindings={visible}
              selected={validSelected}
              onSelectFinding={onSelectFinding}
              scrollRequest={scrollRequest}
              rendered={mode === 'rendered'}
              preview={preview && preview.id === view.id ? preview : null}
              remoteImages={remoteImages}
              collapse={collapse && !view.partial}
              expanded={expanded}
              onExpand={onExpand}
              onSectionChange={setCurrentSection}
              decisionPanel={selectedFinding && decisionControls('view')}
            />
          </main>
          <FindingsPanel
            findings={view.findings}
            visible={visible}
            filter={filter}
            onFilterChange={setFilter}
            selected={validSelected}
            onSelect={onSelectFinding}
            onNext={() => step(1)}
            onPrevious={() => step(-1)}
            searchRef={searchRef}
            tableRef={tableRef}
            decisionCounts={applied.counts}
            pending={view.partial !== undefined}
            review={
              <>
                <ReviewBar
                  controls={selectedFinding && decisionControls('panel')}
                  decided={findings.length - applied.counts.undecided}
                  total={findings.length}
                  save={decisions.save}
                  ready={decisions.ready}
                  decisionsCount={decisions.list.length}
                  onExport={exportDecisions}
                  onImportFile={(file) => void importDecisionsFile(file)}
                />
                <StaleDecisions
                  stale={view.partial ? noStale : applied.stale}
                  offChecks={view.config?.off ?? []}
                  onForget={(decision) => decisions.update((list) => withoutDecision(list, decisionKey(decision)))}
                />
              </>
            }
          />
        </>
      ) : (
        <main className="workspace-empty">{comparison.error ? 'Open two Markdown files to compare them.' : 'Loading the sample pair…'}</main>
      )}

      <DropZone onLoad={onLoad} onError={onLoadError} onJsonFiles={onDroppedJson} splitSelector="#aligned-grid" />
      <PasteDialog open={pasteOpen} current={pair} onClose={() => setPasteOpen(false)} onLoad={onLoad} onError={onLoadError} />
      <ShortcutsOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <LiveRegion message={announcement} />
    </div>
  );
}

const emptyFindings: FindingView[] = [];
/** While a large pair's first rows are shown it has no findings yet: no decision of it is stale. */
const noStale: ReturnType<typeof applyToFindings>['stale'] = [];

function formatSize(units: number): string {
  return units >= 1024 * 1024 ? `${(units / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(units / 1024)} KB`;
}
