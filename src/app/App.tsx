/**
 * The review app: composes loading, the aligned view, the findings table and
 * the outline around one comparison, and owns the view state they share
 * (selection, filters, folding, mode), which it mirrors into the URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Preview } from './compare-client.js';
import { AlignedView, type ScrollRequest } from './features/aligned-view/aligned-view.js';
import { FindingsPanel } from './features/findings/findings-panel.js';
import { DropZone } from './features/loading/drop-zone.js';
import { LoadControls } from './features/loading/load-controls.js';
import { PasteDialog } from './features/loading/paste-dialog.js';
import type { PairUpdate } from './features/loading/read-files.js';
import { Outline } from './features/outline/outline.js';
import { ShortcutsOverlay } from './features/shortcuts/shortcuts-overlay.js';
import { SummaryBar } from './features/summary/summary-bar.js';
import { loadSavedPair } from './saved-pair.js';
import { samplePair } from './seeds.js';
import { Banner } from './shared/components/banner.js';
import { LiveRegion } from './shared/components/live-region.js';
import { useDelayed } from './shared/hooks/use-delayed.js';
import { useShortcuts } from './shared/hooks/use-shortcuts.js';
import { useTheme } from './shared/hooks/use-theme.js';
import { filterFindings, type FindingsFilter } from './shared/lib/findings-filter.js';
import { checkLabel } from './shared/lib/labels.js';
import type { ShortcutAction } from './shared/lib/shortcuts.js';
import { readUrlState, writeUrlState, type ViewMode } from './shared/lib/url-state.js';
import type { FindingView } from './shared/lib/view-model.js';
import { useComparison, type Pair } from './use-comparison.js';

const initialUrl = readUrlState(location.search);

export function App() {
  const comparison = useComparison();
  const { view, pair, load, setNotice, fail, requestPreview } = comparison;
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
    (id: number, options: { focusView?: boolean } = {}) => {
      const finding = view?.findings[id];
      if (!finding) return;
      setSelected(id);
      if (finding.row !== null) setScrollRequest({ row: finding.row, seq: ++seq.current, focus: options.focusView });
      const position = filterFindings(view.findings, filter).findIndex((f) => f.id === id);
      setAnnouncement(
        `Finding ${position >= 0 ? position + 1 : id + 1} of ${position >= 0 ? visible.length : view.findings.length}: ${checkLabel(finding.check)}, ${finding.severity}. ` +
          `Left line ${finding.left?.line ?? 'none'}, right line ${finding.right?.line ?? 'none'}. ${finding.message}`,
      );
    },
    [view, filter, visible.length],
  );

  // After a reload the URL's finding is selected once the view is there: scroll to it.
  const restored = useRef(false);
  useEffect(() => {
    if (!view || restored.current) return;
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

  const applyPair = useCallback(
    async (next: Pair) => {
      const result = await load(next);
      if (!result) return;
      setSelected(null);
      setExpanded([]);
      setPreview(null);
      setNotice(null);
      setAnnouncement(`Compared ${result.left.name} and ${result.right.name}: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}.`);
    },
    [load, setNotice],
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

  // Rendered mode needs the sanitised trees from the worker, once per comparison.
  useEffect(() => {
    if (mode !== 'rendered' || !view || preview?.id === view.id) return;
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

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          mdparity <span className="brand-sub">structure review</span>
        </h1>
        <LoadControls onLoad={onLoad} onError={onLoadError} onSwap={swap} onPaste={() => setPasteOpen(true)} onSample={loadSample} pairInputRef={pairInputRef} />
        <div className="view-controls" role="group" aria-label="View">
          <button type="button" aria-pressed={collapse} onClick={() => setCollapse((value) => !value)} title="Collapse rows without findings (c)">
            Collapse matching
          </button>
          {collapse && (
            <button type="button" onClick={() => setCollapse(false)} title="Expand all (e)">
              Expand all
            </button>
          )}
          <button type="button" aria-pressed={mode === 'rendered'} onClick={() => setMode((value) => (value === 'source' ? 'rendered' : 'source'))} title="Rendered preview (r)">
            Rendered
          </button>
          {mode === 'rendered' && (
            <button type="button" aria-pressed={remoteImages} onClick={() => setRemoteImages((value) => !value)} title="Remote images are blocked until you allow them">
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
          <strong>Could not load:</strong> {comparison.error}
          {/[.!?]$/.test(comparison.error) ? '' : '.'}
          {view && ' The previous pair is still shown.'}
        </Banner>
      )}
      {comparison.notice && (
        <Banner tone="notice" onDismiss={() => setNotice(null)}>
          {comparison.notice}
        </Banner>
      )}
      {showProgress && comparison.busy && (
        <div className="progress" role="status" data-testid="progress">
          <span>
            {comparison.busy.label} ({formatSize(comparison.busy.size)})…
          </span>
          <span className="progress-bar" aria-hidden="true" />
        </div>
      )}

      {view ? (
        <>
          <SummaryBar view={view} />
          <main className="workspace">
            <Outline key={`outline-${view.id}`} sections={view.report.sections} findings={view.findings} current={currentSection} onSelectSection={goToSection} treeRef={treeRef} />
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
              collapse={collapse}
              expanded={expanded}
              onExpand={onExpand}
              onSectionChange={setCurrentSection}
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
          />
        </>
      ) : (
        <main className="workspace-empty">{comparison.error ? 'Open two Markdown files to compare them.' : 'Loading the sample pair…'}</main>
      )}

      <DropZone onLoad={onLoad} onError={onLoadError} splitSelector="#aligned-grid" />
      <PasteDialog open={pasteOpen} current={pair} onClose={() => setPasteOpen(false)} onLoad={onLoad} onError={onLoadError} />
      <ShortcutsOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <LiveRegion message={announcement} />
    </div>
  );
}

const emptyFindings: FindingView[] = [];

function formatSize(units: number): string {
  return units >= 1024 * 1024 ? `${(units / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(units / 1024)} KB`;
}
