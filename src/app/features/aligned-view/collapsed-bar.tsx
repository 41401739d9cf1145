/** A folded run of rows without findings, like the hidden lines of a split diff. */
export function CollapsedBar({ from, to, active, onExpand }: { from: number; to: number; active: boolean; onExpand: (from: number) => void }) {
  const count = to - from;
  return (
    <div role="row" id={`acollapsed-${from}`} className={`acollapsed${active ? ' arow-active' : ''}`} data-collapsed={from}>
      <div role="gridcell" aria-colspan={3} className="acollapsed-cell">
        <button type="button" className="link-button" onClick={() => onExpand(from)} tabIndex={-1}>
          <span aria-hidden="true">⋯ </span>
          Show {count} matching rows
        </button>
      </div>
    </div>
  );
}
