/**
 * The aligned view: every alignment row, left and right block side by side,
 * in one scrolling grid (one scroll bar keeps both sides in step). Rows are
 * virtualised, so a 10 000-block pair costs what a screenful does; the row
 * that opens the current section sticks to the top.
 */
import type { Root as HastRoot } from 'hast';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { languageChoices, languageName } from '../../shared/lib/labels.js';
import type { BlockView, FindingView, RowView, SideInfo, ViewModel } from '../../protocol.js';
import { AlignedRow } from './aligned-row.js';
import { buildViewItems, filterRows, type ViewItem } from './build-view-items.js';
import { CollapsedBar } from './collapsed-bar.js';
import { HighlightTooltip } from './highlight-tooltip.js';
import { OverviewRuler, type RulerMark } from './overview-ruler.js';
import { PairingBar, startPairing, type Pairing, type PinRequest } from './pairing.js';
import type { Side } from '../../../core/vocabulary/side.js';

export interface ScrollRequest {
  row: number;
  /** The finding whose highlighted span should come into view (the row's top when it has none). */
  finding?: number;
  /** Changes with every request, so asking twice for the same row scrolls twice. */
  seq: number;
  /** Move keyboard focus into the grid as well. */
  focus?: boolean;
}

export interface AlignedViewProps {
  view: ViewModel;
  /** Findings that pass the filters: the ruler, the rows' status and marks, and folding follow these. */
  visibleFindings: readonly FindingView[];
  selected: number | null;
  onSelectFinding: (id: number) => void;
  scrollRequest: ScrollRequest | null;
  rendered: boolean;
  preview: { left: Array<HastRoot | null>; right: Array<HastRoot | null> } | null;
  remoteImages: boolean;
  collapse: boolean;
  expanded: readonly number[];
  onExpand: (from: number) => void;
  onSectionChange: (section: number) => void;
  /** The selected finding's decision controls, shown under its row. */
  decisionPanel?: ReactNode;
  /** The reviewer sets a side's language or direction (null: back to what was found). */
  onLanguage: (side: Side, override: SideOverride | null) => void;
  /** The reviewer pins a pairing (absent: pinning is not possible now, say while decisions load). */
  onPin?: (pin: PinRequest) => void;
}

/** A side's language as the reviewer set it; `dir` null: from the language. */
export interface SideOverride {
  language: string | null;
  dir: 'ltr' | 'rtl' | null;
}

const gridId = 'aligned-grid';

export function AlignedView(props: AlignedViewProps) {
  const { view, selected, onSelectFinding, scrollRequest, collapse, expanded, onExpand, onSectionChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const expandedSet = useMemo(() => new Set(expanded), [expanded]);
  const shown = useMemo(
    () => (props.visibleFindings.length === view.findings.length ? null : new Set(props.visibleFindings.map((finding) => finding.id))),
    [props.visibleFindings, view.findings.length],
  );
  const rows = useMemo(() => filterRows(view.rows, view.findings, shown), [view.rows, view.findings, shown]);
  const { items, itemOfRow, sectionItems } = useMemo(() => buildViewItems(rows, collapse, expandedSet), [rows, collapse, expandedSet]);
  const [activeItem, setActiveItem] = useState(0);
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const { onPin } = props;
  const onStartPairing = useCallback((side: Side, block: BlockView) => setPairing(startPairing(side, block)), []);
  const cancelPairing = useCallback(() => {
    setPairing(null);
    gridRef.current?.focus({ preventScroll: true });
  }, []);
  const pinAndClose = useCallback(
    (pin: PinRequest) => {
      setPairing(null);
      onPin?.(pin);
    },
    [onPin],
  );
  const activeRef = useRef(activeItem);
  activeRef.current = Math.min(activeItem, Math.max(items.length - 1, 0));

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The heading of the section at the top, and the keyboard's active row, stay rendered.
      const sticky = lastSectionStart(sectionItems, range.startIndex);
      const indexes = new Set(defaultRangeExtractor(range));
      if (activeRef.current < range.count) indexes.add(activeRef.current);
      const sorted = [...indexes].sort((a, b) => a - b);
      return sticky === null ? sorted : [sticky, ...sorted.filter((i) => i !== sticky)];
    },
    [sectionItems],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateHeight(items[index], rows),
    overscan: 6,
    rangeExtractor,
    getItemKey: (index) => itemKey(items[index]),
  });

  // Scroll to a requested row (a selected finding, an outline entry); for a finding, to its highlighted span.
  useEffect(() => {
    if (!scrollRequest) return;
    const index = itemOfRow[scrollRequest.row];
    if (index === undefined) return;
    setActiveItem(index);
    const finding = scrollRequest.finding;
    virtualizer.scrollToIndex(index, { align: finding === undefined ? 'start' : 'center' });
    if (scrollRequest.focus) gridRef.current?.focus({ preventScroll: true });
    // The row is rendered (and measured) after the first jump: then the span itself is brought into view.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (finding === undefined || !revealSpan(scrollRef.current, scrollRequest.row, finding)) {
          virtualizer.scrollToIndex(index, { align: finding === undefined ? 'start' : 'center' });
        }
      });
    });
    // Sizes measured after the first jump can move the row, and another heading sticks: later passes settle it.
    const settle = () => {
      if (finding === undefined || !revealSpan(scrollRef.current, scrollRequest.row, finding)) {
        virtualizer.scrollToIndex(index, { align: finding === undefined ? 'start' : 'center' });
      }
    };
    const timers = [setTimeout(settle, 120), setTimeout(settle, 300)];
    return () => {
      cancelAnimationFrame(frame);
      for (const timer of timers) clearTimeout(timer);
    };
    // Only a new request scrolls; re-renders of the same one must not pull the view back.
  }, [scrollRequest?.seq]);

  const virtualItems = virtualizer.getVirtualItems();
  const startIndex = virtualizer.range?.startIndex ?? 0;
  const topItem = items[startIndex];
  const topSection = topItem ? (rows[topItem.type === 'row' ? topItem.row : topItem.from]?.section ?? 0) : 0;
  useEffect(() => onSectionChange(topSection), [topSection, onSectionChange]);

  const total = virtualizer.getTotalSize();
  const marks = useMemo<RulerMark[]>(() => {
    if (total <= 0) return [];
    return props.visibleFindings
      .filter((finding) => finding.row !== null)
      .map((finding) => {
        const item = virtualizer.measurementsCache[itemOfRow[finding.row!] ?? 0];
        return { finding, position: item ? Math.min(item.start / total, 0.995) : 0 };
      });
    // Measurements change with the total size.
  }, [props.visibleFindings, itemOfRow, total]);
  const scroller = scrollRef.current;
  const viewport =
    scroller && total > 0 ? { top: (virtualizer.scrollOffset ?? 0) / total, height: scroller.clientHeight / total } : { top: 0, height: 1 };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && pairing) {
      event.preventDefault();
      cancelPairing();
      return;
    }
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, (virtualizer.range?.endIndex ?? 10) - (virtualizer.range?.startIndex ?? 0) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = Math.max(
        0,
        Math.min(items.length - 1, activeRef.current + (Number.isFinite(move) ? move : move > 0 ? items.length : -items.length)),
      );
      setActiveItem(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
      // Again once rows are measured: the heading that sticks once the view has moved can differ from the one there now.
      requestAnimationFrame(() => {
        clearStickyHeading(scrollRef.current, next);
        requestAnimationFrame(() => clearStickyHeading(scrollRef.current, next));
      });
      setTimeout(() => clearStickyHeading(scrollRef.current, next), 150);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const item = items[activeRef.current];
      if (!item) return;
      event.preventDefault();
      if (item.type === 'collapsed') onExpand(item.from);
      else {
        const row = rows[item.row];
        if (row && row.findings.length > 0) {
          const at = selected === null ? -1 : row.findings.indexOf(selected);
          onSelectFinding(row.findings[(at + 1) % row.findings.length]!);
        }
      }
    }
  };

  const active = items[activeRef.current];
  const activeId = active ? (active.type === 'row' ? `arow-${active.row}` : `acollapsed-${active.from}`) : undefined;
  const sticky = stickyItem(sectionItems, startIndex, activeRef.current, virtualizer.measurementsCache, virtualizer.scrollOffset ?? 0);
  const stickyTop = stickyOffset(sticky, sectionItems, virtualizer.measurementsCache, virtualizer.scrollOffset ?? 0);

  return (
    <section className="aligned" aria-label="Aligned blocks">
      {pairing && <PairingBar pairing={pairing} onPin={pinAndClose} onCancel={cancelPairing} />}
      <div
        ref={gridRef}
        id={gridId}
        className="agrid"
        role="grid"
        aria-label={`${view.left.name} and ${view.right.name}, aligned block by block`}
        aria-rowcount={view.rows.length + 1}
        aria-colcount={3}
        aria-activedescendant={activeId}
        aria-busy={view.partial ? true : undefined}
        data-partial={view.partial ? '' : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div role="row" className="ahead" aria-rowindex={1}>
          <SideHeader side="left" info={view.left} onLanguage={props.onLanguage} />
          <div role="columnheader" className="ahead-status">
            Status
          </div>
          <SideHeader side="right" info={view.right} onLanguage={props.onLanguage} />
        </div>
        <div ref={scrollRef} className="ascroll" data-testid="aligned-scroll">
          <div role="rowgroup" className="abody" style={{ height: total }}>
            {virtualItems.map((virtualItem) => {
              const item = items[virtualItem.index]!;
              const isSticky = virtualItem.index === sticky;
              return (
                <div
                  key={virtualItem.key}
                  data-index={virtualItem.index}
                  ref={virtualizer.measureElement}
                  role="presentation"
                  className={isSticky ? 'aitem aitem-sticky' : 'aitem'}
                  // `top`, not a transform: a transformed row would keep its decision panel from sticking to the bottom of the view.
                  style={{ top: isSticky ? stickyTop : virtualItem.start }}
                >
                  {item.type === 'row' ? (
                    <AlignedRow
                      row={rows[item.row]!}
                      findings={view.findings}
                      selected={selected}
                      active={virtualItem.index === activeRef.current}
                      sectionStart={item.sectionStart}
                      left={view.left}
                      right={view.right}
                      rendered={props.rendered}
                      previewLeft={props.preview ? (props.preview.left[item.row] ?? null) : undefined}
                      previewRight={props.preview ? (props.preview.right[item.row] ?? null) : undefined}
                      remoteImages={props.remoteImages}
                      onSelectFinding={onSelectFinding}
                      decisionPanel={selected !== null && view.rows[item.row]!.findings.includes(selected) ? props.decisionPanel : undefined}
                      pending={view.partial !== undefined}
                      pairing={pairing}
                      onStartPairing={onPin ? onStartPairing : undefined}
                      onPin={pinAndClose}
                    />
                  ) : (
                    <CollapsedBar from={item.from} to={item.to} active={virtualItem.index === activeRef.current} onExpand={onExpand} />
                  )}
                </div>
              );
            })}
          </div>
          {view.partial && (
            // The summary bar says it in words to everyone; this is where a reader who scrolls to the end of the first rows looks.
            <div className="apartial-tail" aria-hidden="true">
              Comparing the rest of the pair (left lines {view.partial.leftLine + 1}–{view.partial.leftLines}, right lines{' '}
              {view.partial.rightLine + 1}–{view.partial.rightLines})…
            </div>
          )}
        </div>
      </div>
      {/* Beside the grid, not in it: a grid may only hold rows. */}
      <OverviewRuler marks={marks} selected={selected} viewport={viewport} onSelect={onSelectFinding} />
      <HighlightTooltip containerRef={gridRef} />
    </section>
  );
}

const sourceText: Record<SideInfo['languageSource'], string> = {
  'front matter': 'from its front matter',
  'file name': 'from the file name',
  detected: 'detected',
  script: 'from its script',
  chosen: 'chosen by you',
  unknown: 'unknown',
};

function SideHeader({ side, info, onLanguage }: { side: Side; info: SideInfo; onLanguage: (side: Side, override: SideOverride | null) => void }) {
  const choices = info.language && !languageChoices.includes(info.language) ? [info.language, ...languageChoices] : languageChoices;
  const where = side === 'left' ? 'Left' : 'Right';
  return (
    <div role="columnheader" className={`ahead-side ahead-${side}`}>
      <span className="ahead-name" title={info.name}>
        {info.name}
      </span>
      <span
        className="ahead-lang"
        title={`Language ${sourceText[info.languageSource]}`}
        data-testid={`lang-${side}`}
        data-lang={info.language ?? ''}
        data-dir={info.dir}
        data-source={info.languageSource}
      >
        <select
          className="lang-select"
          aria-label={`${where} language (${sourceText[info.languageSource]})`}
          value={info.language ?? ''}
          onChange={(event) => onLanguage(side, { language: event.target.value || null, dir: null })}
          data-testid={`lang-select-${side}`}
        >
          <option value="">language unknown</option>
          {choices.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)} ({tag})
            </option>
          ))}
        </select>
        <select
          className="dir-select"
          aria-label={`${where} direction`}
          value={info.dir}
          onChange={(event) =>
            onLanguage(side, { language: info.language, dir: event.target.value === 'rtl' ? 'rtl' : event.target.value === 'ltr' ? 'ltr' : null })
          }
          data-testid={`dir-select-${side}`}
        >
          <option value="ltr">left to right</option>
          <option value="rtl">right to left</option>
          {info.dir === 'auto' && <option value="auto">direction: auto</option>}
        </select>
        {info.languageSource !== 'chosen' && info.languageSource !== 'unknown' && (
          <span className="ahead-source"> · {sourceText[info.languageSource]}</span>
        )}
        {info.languageSource === 'chosen' && (
          <button type="button" className="link-button" onClick={() => onLanguage(side, null)}>
            reset
          </button>
        )}
      </span>
    </div>
  );
}

/**
 * Scrolls the grid so the finding's highlighted span (the first one, on either
 * side) sits in the upper third of the view, below the sticky heading: in a
 * row taller than the view, centring the row can leave the span far off
 * screen. False when the span is not rendered (yet).
 */
function revealSpan(scroller: HTMLElement | null, row: number, finding: number): boolean {
  if (!scroller) return false;
  const rowElement = scroller.querySelector(`.aitem:not(.aitem-sticky) [data-row="${row}"]`);
  if (!rowElement) return false;
  const marks = [...rowElement.querySelectorAll<HTMLElement>('[data-finding]')].filter((element) =>
    element.dataset.finding!.split(' ').includes(String(finding)),
  );
  const target = marks.find((element) => element.tagName === 'MARK') ?? marks[0] ?? (rowElement as HTMLElement);
  const view = scroller.getBoundingClientRect();
  const sticky = scroller.querySelector('.aitem-sticky')?.getBoundingClientRect();
  const top = view.top + (sticky && sticky.bottom > view.top ? sticky.bottom - view.top : 0) + 8;
  const box = target.getBoundingClientRect();
  // The selected finding's decision panel sticks to the bottom of the view: the span must not sit under it either.
  const bottom = view.bottom - (rowElement.querySelector('.adecision')?.getBoundingClientRect().height ?? 0);
  const room = bottom - top;
  // A span taller than the room left cannot fit: its start in the upper part of the room is as good as it gets.
  // Asking for more made the passes oscillate, as the heading just above it stuck and unstuck in turn.
  const fits = box.top >= top && (box.bottom <= bottom - 8 || (box.height > room - 8 && box.top <= top + (room * 2) / 3));
  if (!fits) {
    // Some room above it: the heading that sticks once the view has moved can be taller than the one measured now.
    scroller.scrollTop += box.top - top - Math.max(Math.min(40, room / 4), Math.min(room / 3, room - box.height));
  }
  return true;
}

/**
 * Scrolls back just enough that the item's row starts below the sticky section heading: moved to the view's top
 * edge (ArrowUp, PageUp), a row would sit under the heading, its line numbers and status hidden. A row already
 * running above the view's top (taller than it) is left as it is.
 */
function clearStickyHeading(scroller: HTMLElement | null, index: number): void {
  const item = scroller?.querySelector(`.aitem[data-index="${index}"]:not(.aitem-sticky)`);
  const sticky = scroller?.querySelector('.aitem-sticky');
  if (!scroller || !item || !sticky) return;
  const top = item.getBoundingClientRect().top;
  const overlap = sticky.getBoundingClientRect().bottom - top;
  if (overlap > 0 && top >= scroller.getBoundingClientRect().top - 1) scroller.scrollTop -= overlap;
}

/**
 * The section heading that sticks to the top of the view: the last one at or above its top, unless that is the
 * active row (the selected finding's, the keyboard's) scrolled partly out of view at the top. That row is read at
 * its own place: a heading row taller than the view would otherwise exist only as the sticky copy, pinned with its
 * top in view, and a highlighted span further down it could never be brought into view. Being at the top, it names
 * its section anyway; once scrolled wholly past, it sticks like any other.
 */
function stickyItem(
  sectionItems: readonly number[],
  start: number,
  active: number,
  measurements: ReadonlyArray<{ start: number }>,
  scrollOffset: number,
): number | null {
  const sticky = lastSectionStart(sectionItems, start);
  if (sticky === active && sticky === start && (measurements[sticky]?.start ?? scrollOffset) < scrollOffset - 0.5) return null;
  return sticky;
}

function lastSectionStart(sectionItems: readonly number[], start: number): number | null {
  // The last section start at or above the top of the view (binary search: there can be thousands).
  let low = 0;
  let high = sectionItems.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sectionItems[mid]! <= start) {
      found = sectionItems[mid]!;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The next section's heading pushes the sticky one up as it arrives, instead of sliding under it. */
function stickyOffset(
  sticky: number | null,
  sectionItems: readonly number[],
  measurements: ReadonlyArray<{ start: number; size: number }>,
  scrollOffset: number,
): number {
  if (sticky === null) return 0;
  const next = sectionItems[sectionItems.indexOf(sticky) + 1];
  const own = measurements[sticky];
  const following = next === undefined ? undefined : measurements[next];
  if (!own || !following) return 0;
  return Math.min(0, following.start - scrollOffset - own.size);
}

function itemKey(item: ViewItem | undefined): string {
  if (!item) return 'none';
  return item.type === 'row' ? `r${item.row}` : `c${item.from}`;
}

/** A first guess at a row's height from its longest side, refined once the row is measured. */
function estimateHeight(item: ViewItem | undefined, rows: readonly RowView[]): number {
  if (!item || item.type === 'collapsed') return 34;
  const row = rows[item.row];
  const length = Math.max(row?.left?.text.length ?? 0, row?.right?.text.length ?? 0);
  const lines = Math.max(row?.left ? row.left.endLine - row.left.line + 1 : 1, row?.right ? row.right.endLine - row.right.line + 1 : 1);
  return 14 + 20 * Math.max(lines, Math.ceil(length / 70));
}
