/**
 * The findings panel: filter chips with counts (most frequent first; a check
 * or severity hidden in one click), a search field, the "n of N" counter
 * with previous/next, deciding every finding shown at once (with undo), and
 * the findings table (virtualised: a large pair can have thousands of
 * findings), sortable, or grouped by check with the same finding repeated
 * gathered under one line. The order it shows is the order j/k follow (the
 * app sorts; the table only draws).
 */
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { DecisionStatus } from '../../../core/decisions.js';
import type { FindingView } from '../../protocol.js';
import { decisionFilterValues, emptyFilter, isFiltering, type DecisionFilterValue, type FindingsFilter } from '../../shared/lib/findings-filter.js';
import { sameFindingKey, type FindingsSort, type SortColumn } from '../../shared/lib/findings-order.js';
import { checkLabel, decisionIcon, decisionText, severityLabel } from '../../shared/lib/labels.js';
import { FilterChips, type Chip } from './filter-chips.js';
import { columns, features } from './findings-table-setup.js';
import { usePanelHeight } from './panel-height.js';

export interface FindingsPanelProps {
  findings: readonly FindingView[];
  /** The findings the filters leave, in the order shown (sorted or grouped by the app). */
  visible: readonly FindingView[];
  filter: FindingsFilter;
  onFilterChange: (filter: FindingsFilter) => void;
  sort: FindingsSort | null;
  onSortChange: (sort: FindingsSort | null) => void;
  groupByCheck: boolean;
  onGroupByCheck: (group: boolean) => void;
  selected: number | null;
  onSelect: (id: number) => void;
  onNext: () => void;
  onPrevious: () => void;
  /** Decides every finding in the list at once (the findings shown, a group). */
  onDecideAll: (findings: readonly FindingView[], status: DecisionStatus | null) => void;
  onUndo: () => void;
  canUndo: boolean;
  decisionsReady: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  tableRef: RefObject<HTMLDivElement | null>;
  /** Findings per review decision, for the decision chips. */
  decisionCounts: Record<DecisionFilterValue, number>;
  /** The review line (decision controls) and the stale decisions, under the filters. */
  review: ReactNode;
  /** The decided count and the decisions file, at the end of the bulk line. */
  reviewFile: ReactNode;
  /** The pair is still being compared: no findings yet, rather than none. */
  pending?: boolean;
}

/** A line of the table: a check's group, the same finding repeated, or one finding. */
type Line =
  | { type: 'group'; check: string; findings: FindingView[]; open: boolean }
  | { type: 'same'; key: string; findings: FindingView[] }
  | { type: 'finding'; finding: FindingView; nested: boolean };

const bulkChoices: DecisionStatus[] = ['accepted', 'to-fix', 'fixed'];
const bulkVerb: Record<DecisionStatus, string> = { accepted: 'Accept', 'to-fix': 'To fix', fixed: 'Fixed' };

export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, visible, filter, onFilterChange, selected, onSelect, searchRef, tableRef, sort, groupByCheck } = props;
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const table = useTable({ features, columns, data: visible, state: { sorting: [] }, getRowId: (row) => String(row.id) });
  const rowsById = useMemo(() => new Map(table.getRowModel().rows.map((row) => [row.original.id, row])), [table, visible]);

  const lines = useMemo<Line[]>(() => {
    if (!groupByCheck) return visible.map((finding) => ({ type: 'finding', finding, nested: false }));
    const out: Line[] = [];
    let at = 0;
    while (at < visible.length) {
      const check = visible[at]!.check;
      let end = at;
      while (end < visible.length && visible[end]!.check === check) end++;
      const group = visible.slice(at, end);
      const open = !closed.has(check);
      out.push({ type: 'group', check, findings: group, open });
      let i = 0;
      while (i < group.length) {
        const key = sameFindingKey(group[i]!);
        let j = i;
        while (j < group.length && sameFindingKey(group[j]!) === key) j++;
        const same = group.slice(i, j);
        const shown = open ? same : same.filter((finding) => finding.id === selected);
        if (same.length > 1 && open) out.push({ type: 'same', key, findings: same });
        for (const finding of shown) out.push({ type: 'finding', finding, nested: same.length > 1 });
        i = j;
      }
      at = end;
    }
    return out;
  }, [visible, groupByCheck, closed, selected]);

  const checkChips = useMemo<Chip[]>(() => {
    const counts = new Map<string, number>();
    for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, label: checkLabel(value), count }));
  }, [findings]);
  const severityChips = useMemo<Chip[]>(
    () =>
      (['error', 'warning', 'info'] as const).map((value) => ({
        value,
        label: severityLabel[value],
        count: findings.filter((f) => f.severity === value).length,
      })),
    [findings],
  );
  const decisionChips = useMemo<Chip[]>(
    () => decisionFilterValues.map((value) => ({ value, label: decisionText[value], count: props.decisionCounts[value] })),
    [props.decisionCounts],
  );

  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => tableRef.current,
    estimateSize: () => 44,
    overscan: 8,
  });
  const selectedIndex = lines.findIndex((line) => line.type === 'finding' && line.finding.id === selected);
  // The selected row fully in view (not under the sticky header): scrolled to once it changes, and again once rows are measured.
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const settle = () => {
      const scroller = tableRef.current;
      const row = scroller?.querySelector<HTMLElement>(`tr[data-finding-id="${selected}"]`);
      if (!scroller || !row) return;
      const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const box = row.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top < view.top + header) scroller.scrollTop -= view.top + header - box.top;
      else if (box.bottom > view.bottom) scroller.scrollTop += Math.min(box.bottom - view.bottom, box.top - view.top - header);
    };
    const frame = requestAnimationFrame(settle);
    const timer = setTimeout(settle, 150);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [selectedIndex, selected, virtualizer, tableRef]);

  // Arrow keys move the selection; focus follows the selected row.
  const focusRow = useRef(false);
  useEffect(() => {
    if (!focusRow.current) return;
    focusRow.current = false;
    tableRef.current?.querySelector<HTMLElement>(`tr[data-finding-id="${selected}"]`)?.focus();
  });
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const at = visible.findIndex((finding) => finding.id === selected);
      const next = visible[Math.max(0, Math.min(visible.length - 1, (at < 0 ? -1 : at) + step))];
      if (next) {
        focusRow.current = true;
        onSelect(next.id);
      }
    } else if (event.key === 'Enter') {
      const id = Number((event.target as HTMLElement).dataset.findingId);
      if (Number.isInteger(id)) onSelect(id);
    }
  };

  const toggleGroup = (check: string) =>
    setClosed((current) => {
      const next = new Set(current);
      if (next.has(check)) next.delete(check);
      else next.add(check);
      return next;
    });
  const onSortClick = (column: SortColumn) => {
    if (sort?.column !== column) props.onSortChange({ column, desc: false });
    else if (!sort.desc) props.onSortChange({ column, desc: true });
    else props.onSortChange(null);
  };
  const hide = (kind: 'hiddenChecks' | 'hiddenSeverities', value: string) =>
    onFilterChange({
      ...filter,
      [kind]: filter[kind].includes(value) ? filter[kind].filter((v) => v !== value) : [...filter[kind], value],
      // Hiding what is the only thing chosen leaves nothing: the choice goes with it.
      ...(kind === 'hiddenChecks'
        ? { checks: filter.checks.filter((v) => v !== value) }
        : { severities: filter.severities.filter((v) => v !== value) }),
    });

  const position = visible.findIndex((finding) => finding.id === selected);
  const hidden = findings.length - visible.length;
  const virtualRows = virtualizer.getVirtualItems();
  const padTop = virtualRows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const focusable = selectedIndex >= 0 ? selectedIndex : lines.findIndex((line) => line.type === 'finding');
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const bulkDisabled = !props.decisionsReady || visible.length === 0 || props.pending;
  const { height, handle } = usePanelHeight();

  return (
    <section
      className="findings"
      aria-labelledby="findings-title"
      style={height ? { height, maxHeight: 'none' } : undefined}
      data-testid="findings-panel"
      id="findings-panel"
    >
      {handle}
      <div className="findings-bar">
        <h2 id="findings-title" className="findings-title">
          Findings <span className="count-badge">{props.pending ? '…' : findings.length}</span>
        </h2>
        <div className="counter" aria-label="Finding navigation">
          <button
            type="button"
            className="icon-button"
            onClick={props.onPrevious}
            disabled={visible.length === 0}
            aria-label="Previous finding (k)"
            title="Previous finding (k)"
          >
            ↑
          </button>
          <span className="counter-text" data-testid="finding-counter">
            {props.pending
              ? 'Checking…'
              : visible.length === 0
                ? 'No findings'
                : position >= 0
                  ? `${position + 1} of ${visible.length}`
                  : `– of ${visible.length}`}
          </span>
          <button
            type="button"
            className="icon-button"
            onClick={props.onNext}
            disabled={visible.length === 0}
            aria-label="Next finding (j)"
            title="Next finding (j)"
          >
            ↓
          </button>
        </div>
        <FilterChips
          label="Check"
          chips={checkChips}
          chosen={filter.checks}
          hidden={filter.hiddenChecks}
          onChange={(checks) => onFilterChange({ ...filter, checks })}
          onHide={(value) => hide('hiddenChecks', value)}
        />
        <FilterChips
          label="Severity"
          chips={severityChips}
          chosen={filter.severities}
          hidden={filter.hiddenSeverities}
          onChange={(severities) => onFilterChange({ ...filter, severities })}
          onHide={(value) => hide('hiddenSeverities', value)}
        />
        <FilterChips
          label="Decision"
          chips={decisionChips}
          chosen={filter.decisions}
          onChange={(decisions) => onFilterChange({ ...filter, decisions })}
        />
        <label className="search">
          <span className="sr-only">Search findings</span>
          <input
            ref={searchRef}
            type="search"
            placeholder="Search findings  /"
            value={filter.query}
            onChange={(event) => onFilterChange({ ...filter, query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape') (event.target as HTMLInputElement).blur();
            }}
          />
        </label>
        {isFiltering(filter) && (
          <button type="button" className="link-button" onClick={() => onFilterChange(emptyFilter)}>
            Clear filters{hidden > 0 ? ` (${hidden} hidden)` : ''}
          </button>
        )}
      </div>
      <div className="findings-bulk" role="group" aria-label="Decide the findings shown">
        <label className="group-toggle">
          <input
            type="checkbox"
            checked={groupByCheck}
            onChange={(event) => props.onGroupByCheck(event.target.checked)}
            data-testid="group-by-check"
          />
          Group by check
        </label>
        <span className="bulk-label">
          All {visible.length} shown{isFiltering(filter) ? ' (filtered)' : ''}:
        </span>
        {bulkChoices.map((status) => (
          <button
            key={status}
            type="button"
            className={`decide decide-${status}`}
            disabled={bulkDisabled}
            data-testid={`bulk-${status}`}
            onClick={() => props.onDecideAll(visible, status)}
            title={`Mark all ${visible.length} findings shown ${decisionText[status].toLowerCase()}`}
          >
            <span aria-hidden="true">{decisionIcon[status]} </span>
            {bulkVerb[status]}
          </button>
        ))}
        <button
          type="button"
          className="link-button"
          disabled={!props.canUndo}
          onClick={props.onUndo}
          data-testid="undo"
          title="Undo the last decision (u, Ctrl+Z)"
        >
          Undo
        </button>
        {props.reviewFile}
      </div>
      {props.review}
      <div className="findings-scroll" ref={tableRef} data-testid="findings-scroll">
        <table className="findings-table" aria-rowcount={lines.length + 1} aria-label="Findings">
          <thead>
            <tr aria-rowindex={1}>
              {headers.map((header) => {
                const column = header.column.id as SortColumn;
                const sorted = sort?.column === column ? (sort.desc ? 'desc' : 'asc') : false;
                return (
                  <th
                    key={header.id}
                    className={`col-${column}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    scope="col"
                  >
                    <button type="button" className="sort-button" onClick={() => onSortClick(column)}>
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {virtualRows.map((virtualRow) => {
              const line = lines[virtualRow.index]!;
              if (line.type === 'group') {
                return (
                  <tr
                    key={`g-${line.check}`}
                    ref={virtualizer.measureElement}
                    data-index={virtualRow.index}
                    className="fgroup"
                    data-check={line.check}
                  >
                    <td colSpan={columns.length}>
                      <button type="button" className="fgroup-toggle" aria-expanded={line.open} onClick={() => toggleGroup(line.check)}>
                        <span aria-hidden="true">{line.open ? '▾' : '▸'} </span>
                        {checkLabel(line.check)} <span className="chip-count">{line.findings.length}</span>
                      </button>
                      <GroupActions findings={line.findings} disabled={bulkDisabled} onDecideAll={props.onDecideAll} label={checkLabel(line.check)} />
                    </td>
                  </tr>
                );
              }
              if (line.type === 'same') {
                return (
                  <tr key={`s-${line.key}`} ref={virtualizer.measureElement} data-index={virtualRow.index} className="fsame">
                    <td colSpan={columns.length}>
                      <span className="fsame-count">×{line.findings.length}</span> <span className="fsame-message">{line.findings[0]!.message}</span>
                      <GroupActions findings={line.findings} disabled={bulkDisabled} onDecideAll={props.onDecideAll} label="the same finding" />
                    </td>
                  </tr>
                );
              }
              const finding = line.finding;
              const row = rowsById.get(finding.id);
              const isSelected = finding.id === selected;
              return (
                <tr
                  key={finding.id}
                  ref={virtualizer.measureElement}
                  data-index={virtualRow.index}
                  data-finding-id={finding.id}
                  aria-rowindex={virtualRow.index + 2}
                  aria-current={isSelected ? 'true' : undefined}
                  className={`frow frow-${finding.severity}${isSelected ? ' frow-selected' : ''}${line.nested ? ' frow-nested' : ''}`}
                  data-decision={finding.decision?.status ?? 'undecided'}
                  tabIndex={virtualRow.index === focusable ? 0 : -1}
                  onClick={() => onSelect(finding.id)}
                >
                  {row?.getAllCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
        {visible.length === 0 && (
          <p className="findings-empty">
            {props.pending
              ? 'Checking the whole pair: its findings appear when it is compared.'
              : findings.length === 0
                ? 'No findings: the two documents have the same structure.'
                : 'No finding matches the filters.'}
          </p>
        )}
      </div>
    </section>
  );
}

function GroupActions({
  findings,
  disabled,
  onDecideAll,
  label,
}: {
  findings: readonly FindingView[];
  disabled: boolean | undefined;
  onDecideAll: (findings: readonly FindingView[], status: DecisionStatus | null) => void;
  label: string;
}) {
  return (
    <span className="fgroup-actions">
      {bulkChoices.map((status) => (
        <button
          key={status}
          type="button"
          className={`decide decide-${status} decide-small`}
          disabled={disabled}
          onClick={() => onDecideAll(findings, status)}
          title={`Mark all ${findings.length} (${label}) ${decisionText[status].toLowerCase()}`}
          aria-label={`${bulkVerb[status]} all ${findings.length}: ${label}`}
        >
          <span aria-hidden="true">{decisionIcon[status]}</span> {status === 'accepted' ? `Accept all ${findings.length}` : bulkVerb[status]}
        </button>
      ))}
    </span>
  );
}
