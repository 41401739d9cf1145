/**
 * View state kept in the URL, so a review can be shared or reloaded as it
 * was: which pair, the selected finding, filters (decisions included), collapsed rows and the
 * source/rendered mode. Anything unreadable falls back to the default.
 */
import type { FindingsFilter } from './findings-filter.js';
import { sortColumns, type FindingsSort, type SortColumn } from './findings-order.js';

export type PairSource = 'sample' | 'local';
export type ViewMode = 'source' | 'rendered';

export interface UrlState {
  pair: PairSource;
  finding: number | null;
  filter: FindingsFilter;
  /** The findings table's sort, which j/k follow too; null: document order. */
  sort: FindingsSort | null;
  /** The findings table grouped by check. */
  group: boolean;
  collapse: boolean;
  /** Collapsed groups the user opened, by their first row. */
  expanded: number[];
  mode: ViewMode;
}

const listOf = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[a-z0-9-]{1,40}$/.test(s))
    : [];
const numbers = (value: string | null) =>
  listOf(value)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const finding = Number(params.get('finding'));
  return {
    pair: params.get('pair') === 'local' ? 'local' : 'sample',
    finding: params.has('finding') && Number.isInteger(finding) && finding >= 0 ? finding : null,
    filter: {
      checks: listOf(params.get('check')),
      severities: listOf(params.get('severity')).filter((s) => s === 'error' || s === 'warning' || s === 'info'),
      decisions: listOf(params.get('decision')).filter((s) => s === 'undecided' || s === 'accepted' || s === 'to-fix' || s === 'fixed'),
      hiddenChecks: listOf(params.get('hide-check')),
      hiddenSeverities: listOf(params.get('hide-severity')).filter((s) => s === 'error' || s === 'warning' || s === 'info'),
      query: (params.get('q') ?? '').slice(0, 200),
    },
    sort: readSort(params.get('sort')),
    group: params.get('group') === 'check',
    collapse: params.get('collapse') === '1',
    expanded: numbers(params.get('expanded')).slice(0, 1000),
    mode: params.get('view') === 'rendered' ? 'rendered' : 'source',
  };
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.pair !== 'sample') params.set('pair', state.pair);
  if (state.finding !== null) params.set('finding', String(state.finding));
  if (state.filter.checks.length > 0) params.set('check', state.filter.checks.join(','));
  if (state.filter.severities.length > 0) params.set('severity', state.filter.severities.join(','));
  if (state.filter.decisions.length > 0) params.set('decision', state.filter.decisions.join(','));
  if (state.filter.hiddenChecks.length > 0) params.set('hide-check', state.filter.hiddenChecks.join(','));
  if (state.filter.hiddenSeverities.length > 0) params.set('hide-severity', state.filter.hiddenSeverities.join(','));
  if (state.filter.query.trim()) params.set('q', state.filter.query);
  if (state.sort) params.set('sort', `${state.sort.desc ? '-' : ''}${state.sort.column}`);
  if (state.group) params.set('group', 'check');
  if (state.collapse) params.set('collapse', '1');
  if (state.collapse && state.expanded.length > 0) params.set('expanded', state.expanded.join(','));
  if (state.mode !== 'source') params.set('view', state.mode);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function readSort(value: string | null): FindingsSort | null {
  if (!value) return null;
  const desc = value.startsWith('-');
  const column = desc ? value.slice(1) : value;
  return (sortColumns as readonly string[]).includes(column) ? { column: column as SortColumn, desc } : null;
}
