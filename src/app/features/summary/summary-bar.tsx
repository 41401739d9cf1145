/** One line of totals for the pair: findings by severity, rows, parity, and how long the comparison took. */
import type { ReactNode } from 'react';
import type { ViewModel } from '../../protocol.js';

export function SummaryBar({ view, children }: { view: ViewModel; children?: ReactNode }) {
  if (view.partial) {
    const { leftLine, leftLines, rightLine, rightLines } = view.partial;
    return (
      <div className="summary summary-partial" data-testid="summary-partial" role="status">
        <span>
          <strong>First {view.rows.length} rows</strong> (left lines 1–{leftLine} of {leftLines}, right lines 1–{rightLine} of {rightLines})
        </span>
        <span className="muted">Comparing the whole pair: the findings, and every row, follow…</span>
        {children}
        <span className="progress-bar" data-testid="progress" aria-hidden="true" />
      </div>
    );
  }
  const summary = view.report.summary;
  return (
    <div className="summary" data-testid="summary">
      <span>
        <strong>{summary.findings}</strong> finding{summary.findings === 1 ? '' : 's'}
      </span>
      <span>{plural(summary.error, 'error')}</span>
      <span>{plural(summary.warning, 'warning')}</span>
      <span>{summary.info} info</span>
      <span>
        {summary.rows} rows ({summary.leftOnly} left only, {summary.rightOnly} right only)
      </span>
      <span title="Share of rows with both sides and no warning or error">parity {parityPercent(view)}</span>
      <span className="muted">compared in {view.elapsed} ms</span>
      {children}
    </div>
  );
}

/**
 * Parity from the rows, rounded down: the report's figure is rounded to three
 * decimals, so one bad row in ten thousand would read as 100%.
 */
function parityPercent(view: ViewModel): string {
  const rows = view.rows.length;
  if (rows === 0) return '100%';
  const clean = view.rows.filter((row) => row.left && row.right && row.severity !== 'error' && row.severity !== 'warning').length;
  return `${Math.floor((clean / rows) * 1000) / 10}%`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
