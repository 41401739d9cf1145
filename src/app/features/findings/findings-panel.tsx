/**
 * The findings panel: filter chips with counts, a search field, the
 * "n of N" counter with previous/next, and the sortable findings table
 * (virtualised: a large pair can have thousands of findings).
 */
import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { emptyFilter, isFiltering, type FindingsFilter } from '../../shared/lib/findings-filter.js';
import { checkLabel, decisionText, severityLabel } from '../../shared/lib/labels.js';
import { decisionFilterValues, type DecisionFilterValue } from '../decisions/decision-logic.js';
import type { FindingView } from '../../protocol.js';
import { FilterChips, type Chip } from './filter-chips.js';
import { columns, features } from './findings-table-setup.js';

export interface FindingsPanelProps {
  findings: readonly FindingView[];
  visible: FindingView[];
  filter: FindingsFilter;
  onFilterChange: (filter: FindingsFilter) => void;
  selected: number | null;
  onSelect: (id: number) => void;
  onNext: () => void;
  onPrevious: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  tableRef: RefObject<HTMLDivElement | null>;
  /** Findings per review decision, for the decision chips. */
  decisionCounts: Record<DecisionFilterValue, number>;
  /** The review line (decision controls, decisions file) and the stale decisions, under the filters. */
  review: ReactNode;
  /** The pair is still being compared: no findings yet, rather than none. */
  pending?: boolean;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, visible, filter, onFilterChange, selected, onSelect, searchRef, tableRef } = props;
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({ features, columns, data: visible, state: { sorting }, onSortingChange: setSorting, getRowId: (row) => String(row.id) });
  const rows = table.getRowModel().rows;

  const checkChips = useMemo<Chip[]>(() => {
    const counts = new Map<string, number>();
    for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, label: checkLabel(value), count }));
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
    count: rows.length,
    getScrollElement: () => tableRef.current,
    estimateSize: () => 44,
    overscan: 8,
  });
  const selectedIndex = rows.findIndex((row) => row.original.id === selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

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
      const next = rows[Math.max(0, Math.min(rows.length - 1, (selectedIndex < 0 ? -1 : selectedIndex) + step))];
      if (next) {
        focusRow.current = true;
        onSelect(next.original.id);
      }
    } else if (event.key === 'Enter') {
      const id = Number((event.target as HTMLElement).dataset.findingId);
      if (Number.isInteger(id)) onSelect(id);
    }
  };

  const position = visible.findIndex((finding) => finding.id === selected);
  const hidden = findings.length - visible.length;
  const virtualRows = virtualizer.getVirtualItems();
  const padTop = virtualRows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const focusable = selectedIndex >= 0 ? selectedIndex : 0;

  return (
    <section className="findings" aria-labelledby="findings-title">
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
        <FilterChips label="Check" chips={checkChips} chosen={filter.checks} onChange={(checks) => onFilterChange({ ...filter, checks })} />
        <FilterChips
          label="Severity"
          chips={severityChips}
          chosen={filter.severities}
          onChange={(severities) => onFilterChange({ ...filter, severities })}
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
      {props.review}
      <div className="findings-scroll" ref={tableRef} data-testid="findings-scroll">
        <table className="findings-table" aria-rowcount={rows.length + 1} aria-label="Findings">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={`col-${header.column.id}`}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      scope="col"
                    >
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {virtualRows.map((virtualRow) => {
              const row = rows[virtualRow.index]!;
              const finding = row.original;
              const isSelected = finding.id === selected;
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={virtualRow.index}
                  data-finding-id={finding.id}
                  aria-rowindex={virtualRow.index + 2}
                  aria-current={isSelected ? 'true' : undefined}
                  className={`frow frow-${finding.severity}${isSelected ? ' frow-selected' : ''}`}
                  data-decision={finding.decision?.status ?? 'undecided'}
                  tabIndex={virtualRow.index === focusable ? 0 : -1}
                  onClick={() => onSelect(finding.id)}
                >
                  {row.getAllCells().map((cell) => (
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
        {rows.length === 0 && (
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
