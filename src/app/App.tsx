/**
 * The review app: composes loading, the aligned view, the findings table and
 * the outline around one comparison. Each concern's state is a hook in
 * hooks/ (selection, review decisions, file import, view options, URL sync,
 * announcements); this component wires them to the panels.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FormatName } from '../core/report/writers.js';
import { useComparison } from './comparison/use-comparison.js';
import { AlignedView } from './features/aligned-view/aligned-view.js';
import { ConfigButton, ConfigStatus } from './features/config/config-controls.js';
import { DecisionControls } from './features/decisions/decision-controls.js';
import type { PairIdentity } from './features/decisions/decision-logic.js';
import { ReviewBar, ReviewFile } from './features/decisions/review-bar.js';
import { StaleDecisions } from './features/decisions/stale-decisions.js';
import { ExportMenu, exportFormats } from './features/export/export-menu.js';
import { FixPreview } from './features/fixes/fix-preview.js';
import { FixesBar } from './features/fixes/fixes-bar.js';
import { FindingsPanel } from './features/findings/findings-panel.js';
import { DropZone } from './features/loading/drop-zone.js';
import { LoadControls } from './features/loading/load-controls.js';
import { PasteDialog } from './features/loading/paste-dialog.js';
import { WaitingForOther } from './features/loading/waiting-for-other.js';
import { Outline } from './features/outline/outline.js';
import { ShortcutsOverlay } from './features/shortcuts/shortcuts-overlay.js';
import { SummaryBar } from './features/summary/summary-bar.js';
import { useAnnouncements, useFilterSummary } from './hooks/use-announcements.js';
import { useFileImport } from './hooks/use-file-import.js';
import { useFixes } from './hooks/use-fixes.js';
import { usePins } from './hooks/use-pins.js';
import { useAppliedDecisions, useReviewActions } from './hooks/use-review.js';
import { useSelection } from './hooks/use-selection.js';
import { useUrlSync } from './hooks/use-url-sync.js';
import { useOverriddenView, useViewOptions } from './hooks/use-view-options.js';
import type { FindingView } from './protocol.js';
import { Banner } from './shared/components/banner.js';
import { LiveRegion } from './shared/components/live-region.js';
import { useDelayed } from './shared/hooks/use-delayed.js';
import { useShortcuts } from './shared/hooks/use-shortcuts.js';
import { useTheme } from './shared/hooks/use-theme.js';
import { downloadText, reportFileName } from './shared/lib/download.js';
import { filterFindings, type FindingsFilter } from './shared/lib/findings-filter.js';
import { orderFindings, type FindingsSort } from './shared/lib/findings-order.js';
import { formatSize } from '../core/vocabulary/phrasing.js';
import { distinctNames } from '../core/vocabulary/pair-names.js';
import type { Report } from '../core/report/types.js';
import type { ShortcutAction } from './shared/lib/shortcuts.js';
import { readUrlState } from './shared/lib/url-state.js';

const initialUrl = readUrlState(location.search);

export function App() {
  const comparison = useComparison();
  const { announcement, announce } = useAnnouncements();
  const options = useViewOptions(initialUrl, comparison.view, comparison.requestPreview);
  const compared = useOverriddenView(comparison.view, options.overrides);
  const pairIdentity = useMemo<PairIdentity | null>(
    () =>
      comparison.view
        ? {
            left: comparison.view.left.name,
            right: comparison.view.right.name,
            leftLanguage: comparison.view.left.language,
            rightLanguage: comparison.view.right.language,
          }
        : null,
    [comparison.view],
  );
  const review = useAppliedDecisions({ compared, pair: pairIdentity });
  const { view } = review;

  const [filter, setFilter] = useState<FindingsFilter>(initialUrl.filter);
  const [sort, setSort] = useState<FindingsSort | null>(initialUrl.sort);
  const [groupByCheck, setGroupByCheck] = useState(initialUrl.group);
  const findings = view?.findings ?? emptyFindings;
  const visible = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  // The order the table shows and j/k, accept-and-next and the counter follow.
  const ordered = useMemo(() => orderFindings(visible, sort, groupByCheck), [visible, sort, groupByCheck]);
  const shownAfter = useCallback(
    (next: readonly FindingView[]) => orderFindings(filterFindings(next, filter), sort, groupByCheck),
    [filter, sort, groupByCheck],
  );

  const selection = useSelection(view, ordered, initialUrl.finding, announce);
  const { selected, selectedFinding, select, step } = selection;
  const resetView = useCallback(() => {
    selection.clear();
    options.reset();
  }, [selection.clear, options.reset]);

  const actions = useReviewActions(
    review,
    {
      compared,
      pair: pairIdentity,
      announce,
      showError: comparison.showError,
      onImported: (message) => {
        comparison.dismissError();
        comparison.setNotice(message);
        announce(message);
      },
    },
    selection,
    ordered,
    shownAfter,
  );
  const files = useFileImport(comparison, initialUrl.pair, announce, resetView, actions.importDecisionsFile);
  const pin = usePins(comparison, review.decisions, pairIdentity, announce, selection.scrollToRow);
  const fixes = useFixes(comparison, view, review.decisions, selection, ordered, announce);

  const [exporting, setExporting] = useState(false);
  const [currentSection, setCurrentSection] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const { theme, cycleTheme } = useTheme();
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const pairInputRef = useRef<HTMLInputElement>(null);
  const showProgress = useDelayed(comparison.busy !== null, 250);
  const { pair } = comparison;

  useUrlSync({
    pair: pair?.source ?? initialUrl.pair,
    finding: selected,
    filter,
    sort,
    group: groupByCheck,
    collapse: options.collapse,
    expanded: options.expanded,
    mode: options.mode,
  });
  useFilterSummary(visible.length, findings.length, view !== null, announce);

  // Switching between source and preview changes every row's height: the selected finding stays in view.
  const previewId = options.mode === 'rendered' ? (options.preview?.id ?? null) : null;
  const modeShown = useRef(`${options.mode}:${previewId}`);
  useEffect(() => {
    const shown = `${options.mode}:${previewId}`;
    if (shown === modeShown.current) return;
    modeShown.current = shown;
    selection.reveal();
  }, [options.mode, previewId, selection.reveal]);

  // The tab says which pair is open, telling two README.md ↔ README.md pairs apart by their languages.
  const title = view ? pairTitle(view.left, view.right) : null;
  useEffect(() => {
    document.title = title ?? 'mdparity';
  }, [title]);

  const onExport = async (format: FormatName) => {
    if (!view || view.partial || !pair) return;
    const entry = exportFormats.find((candidate) => candidate.format === format)!;
    setExporting(true);
    try {
      // The decisions held are this pair's: their paths (file names, or a repository's paths) need not match the report's.
      const pairDecisions = review.decisions.list.map(({ left: _left, right: _right, ...rest }) => rest);
      const text = await comparison.exportReport({
        format,
        report: withShownLanguages(view.report, view.left.language, view.right.language),
        decisions: pairDecisions,
        leftText: pair.left.text,
        rightText: pair.right.text,
      });
      const name = reportFileName(view.right.name, entry.extension, { leftName: view.left.name, rightLanguage: view.right.language });
      downloadText(name, text, entry.type);
      announce(`Downloaded ${name}.`);
    } catch (error) {
      comparison.showError({ title: 'Could not export:', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setExporting(false);
    }
  };

  const goToSection = useCallback(
    (section: number) => {
      const row = view?.rows.findIndex((candidate) => candidate.section === section) ?? -1;
      if (row >= 0) selection.scrollToRow(row);
    },
    [view, selection.scrollToRow],
  );

  const onShortcut = (action: ShortcutAction, event: KeyboardEvent) => {
    // While a dialog is open the keys go to it (useShortcuts skips them), so no dialog state is checked here:
    // React may not yet know that Escape has just closed one.
    event.preventDefault();
    switch (action) {
      case 'next':
        step(1);
        return;
      case 'previous':
        step(-1);
        return;
      case 'accept-next':
        actions.decideAndNext('accepted');
        return;
      case 'to-fix-next':
        actions.decideAndNext('to-fix');
        return;
      case 'fixed-next':
        actions.decideAndNext('fixed');
        return;
      case 'undo':
        actions.undo();
        return;
      case 'search':
        searchRef.current?.focus();
        return;
      case 'help':
        setHelpOpen(true);
        return;
      case 'collapse':
        options.setCollapse((value) => !value);
        announce(options.collapse ? 'Showing all rows.' : 'Rows without findings are collapsed.');
        return;
      case 'expand-all':
        options.setCollapse(false);
        announce('Showing all rows.');
        return;
      case 'mode':
        options.toggleMode();
        announce(options.mode === 'source' ? 'Rendered preview.' : 'Source view.');
        return;
      case 'swap':
        files.swap();
        return;
      case 'open':
        pairInputRef.current?.click();
        return;
      case 'theme':
        cycleTheme();
        return;
      case 'focus-view':
        document.getElementById('aligned-grid')?.focus();
        return;
      case 'focus-findings':
        tableRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus();
        return;
      case 'focus-outline':
        treeRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
        return;
      case 'escape':
        if (comparison.error) {
          comparison.dismissError();
          return;
        }
        if (selected !== null) {
          selection.clear();
          announce('Selection cleared.');
        }
        return;
    }
  };
  useShortcuts(onShortcut);

  const onSelectFinding = useCallback((id: number) => select(id), [select]);

  const decisionControls = (place: 'panel' | 'view') =>
    selectedFinding && (
      <DecisionControls
        finding={selectedFinding}
        number={selection.numberOf(selectedFinding.id)}
        place={place}
        comment={actions.draft}
        disabled={!review.decisions.ready}
        onComment={actions.setDraft}
        onCommitComment={actions.commitComment}
        onDecide={actions.decide}
        fix={
          selectedFinding.fix && view && !view.partial ? (
            <FixPreview
              fix={selectedFinding.fix}
              fileName={view.right.name}
              place={place}
              disabled={fixes.busy}
              refused={fixes.refusedWhy(selectedFinding)}
              onApply={() => fixes.apply(selectedFinding)}
            />
          ) : undefined
        }
      />
    );

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          mdparity <span className="brand-sub">structure review</span>
        </h1>
        <LoadControls
          onLoad={files.onLoad}
          onError={comparison.fail}
          onSwap={files.swap}
          onPaste={() => setPasteOpen(true)}
          onSample={files.loadSample}
          pairInputRef={pairInputRef}
        />
        <div className="review-controls-top" role="group" aria-label="Report and configuration">
          <ExportMenu disabled={!view || view.partial !== undefined} busy={exporting} onExport={(format) => void onExport(format)} />
          <ConfigButton onFile={(file) => void files.applyConfigFile(file)} />
        </div>
        <div className="view-controls" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={options.collapse}
            onClick={() => options.setCollapse((value) => !value)}
            title="Collapse rows without findings (c)"
          >
            Collapse matching
          </button>
          {options.collapse && (
            <button type="button" onClick={() => options.setCollapse(false)} title="Expand all (e)">
              Expand all
            </button>
          )}
          <button type="button" aria-pressed={options.mode === 'rendered'} onClick={options.toggleMode} title="Rendered preview (r)">
            Rendered
          </button>
          {/* Always there (hidden in source mode), so switching modes never reflows the toolbar. */}
          <button
            type="button"
            className="remote-images"
            aria-pressed={options.remoteImages}
            onClick={options.toggleRemoteImages}
            title="Remote images are blocked until you allow them"
            tabIndex={options.mode === 'rendered' ? undefined : -1}
            aria-hidden={options.mode === 'rendered' ? undefined : true}
            data-visible={options.mode === 'rendered' ? 'true' : 'false'}
          >
            Load remote images
          </button>
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
        <Banner tone="notice" onDismiss={() => comparison.setNotice(null)}>
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

      {files.waiting ? (
        <WaitingForOther waiting={files.waiting} onCancel={files.cancelWaiting} onLoad={files.onLoad} onError={comparison.fail} />
      ) : view ? (
        <>
          <SummaryBar view={view}>
            {!view.partial && (
              <FixesBar
                available={fixes.available.length}
                changed={fixes.changed}
                fileName={view.right.name}
                disabled={fixes.busy}
                onApplyAll={fixes.applyAll}
                onDownload={fixes.download}
              />
            )}
            <ConfigStatus config={view.config} onClear={() => void files.clearConfig()} />
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
              visibleFindings={ordered}
              selected={selected}
              onSelectFinding={onSelectFinding}
              scrollRequest={selection.scrollRequest}
              rendered={options.mode === 'rendered'}
              preview={options.preview && options.preview.id === view.id ? options.preview : null}
              remoteImages={options.remoteImages}
              collapse={options.collapse && !view.partial}
              expanded={options.expanded}
              onExpand={options.expand}
              onSectionChange={setCurrentSection}
              onLanguage={options.setOverride}
              decisionPanel={selectedFinding && decisionControls('view')}
              onPin={review.decisions.ready && !view.partial ? pin : undefined}
            />
          </main>
          <FindingsPanel
            findings={view.findings}
            visible={ordered}
            filter={filter}
            onFilterChange={setFilter}
            sort={sort}
            onSortChange={setSort}
            groupByCheck={groupByCheck}
            onGroupByCheck={setGroupByCheck}
            selected={selected}
            onSelect={onSelectFinding}
            onNext={() => step(1)}
            onPrevious={() => step(-1)}
            onDecideAll={actions.decideAll}
            onUndo={actions.undo}
            canUndo={review.decisions.canUndo}
            decisionsReady={review.decisions.ready}
            searchRef={searchRef}
            tableRef={tableRef}
            decisionCounts={review.counts}
            pending={view.partial !== undefined}
            reviewFile={
              <ReviewFile
                decided={findings.length - review.counts.undecided}
                total={findings.length}
                save={review.decisions.save}
                ready={review.decisions.ready}
                decisionsCount={review.decisions.list.length + review.decisions.pins.length}
                onExport={actions.exportDecisions}
                onImportFile={(file) => void actions.importDecisionsFile(file)}
              />
            }
            review={
              <>
                <ReviewBar controls={selectedFinding && decisionControls('panel')} />
                <StaleDecisions stale={view.partial ? noStale : review.stale} offChecks={view.config?.off ?? []} onForget={actions.forget} />
              </>
            }
          />
        </>
      ) : (
        <main className="workspace-empty">{comparison.error ? 'Open two Markdown files to compare them.' : 'Loading the sample pair…'}</main>
      )}

      <DropZone onLoad={files.onLoad} onError={comparison.fail} onJsonFiles={files.onDroppedJson} splitSelector="#aligned-grid" />
      <PasteDialog open={pasteOpen} current={pair} onClose={() => setPasteOpen(false)} onLoad={files.onLoad} onError={comparison.fail} />
      <ShortcutsOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <LiveRegion message={announcement} />
    </div>
  );
}

const emptyFindings: FindingView[] = [];
/** While a large pair's first rows are shown it has no findings yet: no decision of it is stale. */
const noStale: never[] = [];

function pairTitle(left: { name: string; language: string | null }, right: { name: string; language: string | null }): string {
  const names = distinctNames(left, right);
  return `mdparity: ${names.left} ↔ ${names.right}`;
}

/**
 * The report as exported: the languages the reviewer sees (detected from the text, or picked) where the files'
 * names and front matter gave none, so the report's title and headers tell same-named pairs apart too.
 */
function withShownLanguages(report: Report, left: string | null, right: string | null): Report {
  return {
    ...report,
    left: { ...report.left, language: report.left.language ?? left },
    right: { ...report.right, language: report.right.language ?? right },
  };
}
