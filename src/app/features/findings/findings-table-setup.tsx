/**
 * The findings table's TanStack Table setup, built once at module scope: the
 * features it uses (sorting only; filtering happens before, so the counter,
 * the ruler and next/previous follow the same filter) and its columns.
 */
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures } from '@tanstack/react-table';
import { severityIndex } from '../../../core/vocabulary/severity.js';
import { StatusMark } from '../../shared/components/status-mark.js';
import { DecisionMark } from '../../shared/components/decision-mark.js';
import { checkLabel } from '../../shared/lib/labels.js';
import type { FindingView, SideExcerpt } from '../../protocol.js';

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, FindingView>();
const decisionRank = { undecided: 0, 'to-fix': 1, fixed: 2, accepted: 3 } as const;

function Excerpt({ excerpt }: { excerpt: SideExcerpt | null }) {
  if (!excerpt) return <span className="muted">—</span>;
  return (
    <span className="excerpt">
      <span className="excerpt-line">{excerpt.line}</span>
      <span className="excerpt-text">{excerpt.text}</span>
    </span>
  );
}

export const columns = helper.columns([
  helper.accessor('check', {
    header: 'Check',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="check-name">{checkLabel(info.getValue())}</span>,
  }),
  helper.accessor((finding) => severityIndex(finding.severity), {
    id: 'severity',
    header: 'Severity',
    sortFn: 'basic',
    cell: (info) => <StatusMark status={info.row.original.severity} />,
  }),
  helper.accessor((finding) => decisionRank[finding.decision?.status ?? 'undecided'], {
    id: 'decision',
    header: 'Decision',
    sortFn: 'basic',
    cell: (info) => (
      <>
        <DecisionMark status={info.row.original.decision?.status ?? 'undecided'} comment={info.row.original.decision?.comment} />
        {/* Which findings have a mechanical fix, seen while triaging the list (select one to see and apply it). */}
        {info.row.original.fix && (
          <span className="fix-badge" title={`Mechanical fix: ${info.row.original.fix.description}`}>
            fix
          </span>
        )}
      </>
    ),
  }),
  helper.accessor((finding) => finding.row ?? -1, {
    id: 'section',
    header: 'Section',
    sortFn: 'basic',
    cell: (info) => <span className="section-title">{info.row.original.sectionTitle}</span>,
  }),
  helper.accessor((finding) => finding.left?.line ?? -1, {
    id: 'left',
    header: 'Left',
    sortFn: 'basic',
    cell: (info) => <Excerpt excerpt={info.row.original.leftExcerpt} />,
  }),
  helper.accessor((finding) => finding.right?.line ?? -1, {
    id: 'right',
    header: 'Right',
    sortFn: 'basic',
    cell: (info) => <Excerpt excerpt={info.row.original.rightExcerpt} />,
  }),
  helper.accessor('message', {
    header: 'Message',
    sortFn: 'alphanumeric',
    // Clamped to two lines in the table, so the whole message is its tooltip (and in full under the selected row).
    cell: (info) => (
      <span className="message" title={info.getValue()}>
        {info.getValue()}
      </span>
    ),
  }),
]);
