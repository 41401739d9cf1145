/**
 * One alignment row: the left block, the row's status, the right block, side
 * by side; a hatched gap where a side has no block. Section-opening rows are
 * drawn as headings (and stick to the top while their section scrolls).
 */
import type { Root as HastRoot } from 'hast';
import { memo, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { StatusMark } from '../../shared/components/status-mark.js';
import { DecisionMark } from '../../shared/components/decision-mark.js';
import { checkLabel, kindName, rowStatus, statusText } from '../../shared/lib/labels.js';
import type { BlockView, FindingView, RowView, SideInfo } from '../../protocol.js';
import { BlockPreview } from './block-preview.js';
import { BlockSource } from './block-source.js';
import { pinnedBlock, pinFor, type Pairing, type PinRequest } from './pairing.js';
import type { Side } from '../../../core/vocabulary/side.js';
import { describeUncertainty } from '../../../core/vocabulary/uncertainty.js';

export interface AlignedRowProps {
  row: RowView;
  findings: readonly FindingView[];
  selected: number | null;
  active: boolean;
  sectionStart: boolean;
  left: SideInfo;
  right: SideInfo;
  /** Rendered preview mode; the trees are null until the worker has sent them. */
  rendered: boolean;
  /** Undefined while the preview is on its way. */
  previewLeft: HastRoot | null | undefined;
  previewRight: HastRoot | null | undefined;
  remoteImages: boolean;
  onSelectFinding: (id: number) => void;
  /** The selected finding's decision controls, when it is on this row. */
  decisionPanel?: ReactNode;
  /** The row belongs to the first rows of a pair still being compared: its findings are not known yet. */
  pending?: boolean;
  /** The block whose counterpart the reviewer is choosing, if any: the other side's blocks offer "Pair here". */
  pairing?: Pairing | null;
  /** Starts pinning a block's pairing (absent: pinning is not offered). */
  onStartPairing?: (side: Side, block: BlockView) => void;
  onPin?: (pin: PinRequest) => void;
}

export const AlignedRow = memo(function AlignedRow(props: AlignedRowProps) {
  const { row, findings, selected, active, sectionStart, onSelectFinding } = props;
  const status =
    props.pending && row.left && row.right ? 'pending' : rowStatus(row.severity, row.left !== null, row.right !== null, row.uncertain !== undefined);
  const uncertainty = row.uncertain ? `Uncertain pairing: ${describeUncertainty(row.uncertain)}` : undefined;
  const checks = checksOf(row, findings);
  const gutterTitle = [uncertainty, checks?.map(checkCount).join(', ')].filter(Boolean).join('\n') || undefined;
  const isSelectedRow = selected !== null && row.findings.includes(selected);
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('.adecision')) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-finding]');
    const id = mark ? Number(mark.dataset.finding!.split(' ')[0]) : null;
    if (id !== null && Number.isInteger(id)) onSelectFinding(id);
    else if (row.findings.length > 0 && !isSelectedRow) onSelectFinding(row.findings[0]!);
  };
  const decisions = decisionsOf(row, findings);
  const classes = ['arow', `arow-${status}`];
  if (sectionStart) classes.push('arow-section');
  if (isSelectedRow) classes.push('arow-selected');
  if (active) classes.push('arow-active');
  if (row.findings.length > 0) classes.push('arow-has-findings');
  if (row.pinned) classes.push('arow-pinned');
  return (
    <div
      role="row"
      id={`arow-${row.index}`}
      aria-rowindex={row.index + 2}
      aria-selected={isSelectedRow}
      className={classes.join(' ')}
      data-row={row.index}
      data-status={status}
      onClick={onClick}
    >
      {/* The cells in a grid of their own, so the decision panel below them can stick to the bottom of the view in a tall row. */}
      <div className="arow-cells" role="none">
        <SideCell side="left" block={row.left} info={props.left} {...props} wholeFinding={wholeFindings(row.left)} />
        <div
          role="gridcell"
          className="agutter"
          title={gutterTitle}
          aria-label={uncertainty ? `${statusText[status]}. ${gutterTitle}` : undefined}
          data-checks={checks?.map(checkCount).join(', ')}
          data-uncertain={row.uncertain?.join(' ')}
          data-pinned={row.pinned ? '' : undefined}
        >
          <StatusMark status={status} compact />
          {row.pinned && (
            <span className="agutter-pinned" title="Paired by your pin (undo with u)">
              Pinned
            </span>
          )}
          {row.uncertain && (
            // The reason beside the status: a reviewer who cannot read one side must not take the pairing on trust.
            <span className="agutter-uncertain" data-testid="uncertain-reason">
              {status === 'uncertain' ? '' : 'Uncertain pairing: '}
              {describeUncertainty(row.uncertain)}
            </span>
          )}
          {row.findings.length > 1 && <span className="agutter-count">×{row.findings.length}</span>}
          {checks && (
            // The checks in words, as the table names them: a status alone does not say what to look for.
            <span className="agutter-checks" data-testid="row-checks">
              {checks.slice(0, shownChecks).map(checkCount).join(', ')}
              {checks.length > shownChecks && ` +${checks.length - shownChecks} more`}
            </span>
          )}
          {decisions.map(([decision, count]) => (
            <span key={decision} className="agutter-decision">
              <DecisionMark status={decision} compact />
              {row.findings.length > 1 && <span className="agutter-count">×{count}</span>}
            </span>
          ))}
        </div>
        <SideCell side="right" block={row.right} info={props.right} {...props} wholeFinding={wholeFindings(row.right)} />
      </div>
      {props.decisionPanel && (
        <div role="gridcell" aria-colspan={3} className="adecision">
          {props.decisionPanel}
        </div>
      )}
    </div>
  );
});

/** More check names than this in the status cell would make a one-line row tall; the tooltip lists them all. */
const shownChecks = 2;

/** The checks of the row's findings with their counts, in the order found; undefined when it has none. */
function checksOf(row: RowView, findings: readonly FindingView[]): Array<[string, number]> | undefined {
  if (row.findings.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const id of row.findings) {
    const check = findings[id]?.check;
    if (check) counts.set(check, (counts.get(check) ?? 0) + 1);
  }
  return [...counts];
}

/** “Link target ×2”, “Code span”. */
function checkCount([check, count]: [string, number]): string {
  return `${checkLabel(check)}${count > 1 ? ` ×${count}` : ''}`;
}

/** The row's decided findings by decision, in a fixed order; undecided findings are not marked. */
function decisionsOf(row: RowView, findings: readonly FindingView[]): Array<['accepted' | 'to-fix' | 'fixed', number]> {
  const counts = { 'to-fix': 0, fixed: 0, accepted: 0 };
  for (const id of row.findings) {
    const status = findings[id]?.decision?.status;
    if (status) counts[status]++;
  }
  return (['to-fix', 'fixed', 'accepted'] as const).filter((status) => counts[status] > 0).map((status) => [status, counts[status]]);
}

function wholeFindings(block: BlockView | null): number[] {
  return block ? block.findingRanges.filter((range) => range.whole).map((range) => range.finding) : [];
}

interface SideCellProps extends AlignedRowProps {
  side: Side;
  block: BlockView | null;
  info: SideInfo;
  wholeFinding: number[];
}

function SideCell(props: SideCellProps) {
  const { side, block, info, findings, selected, rendered, previewLeft, previewRight, remoteImages, row, wholeFinding } = props;
  if (!block) {
    return (
      <div role="gridcell" className={`acell acell-${side} acell-gap`}>
        <span className="aline" aria-hidden="true" />
        <span className="agap-text">No {side === 'left' ? 'left' : 'right'} block here</span>
      </div>
    );
  }
  const pinControl = pairControl(side, block, props);
  const lines = block.endLine > block.line ? `${block.line}–${block.endLine}` : String(block.line);
  const wholeActive = selected !== null && wholeFinding.includes(selected);
  const tree = side === 'left' ? previewLeft : previewRight;
  return (
    <div
      role="gridcell"
      className={`acell acell-${side} acell-kind-${block.kind}${wholeFinding.length > 0 ? ' acell-whole' : ''}${wholeActive ? ' acell-whole-active' : ''}`}
      data-finding={wholeFinding.length > 0 ? wholeFinding.join(' ') : undefined}
      data-active={wholeActive ? 'true' : undefined}
      data-line={block.line}
    >
      <span className="aline" title={`${kindName(block.kind)}, line ${lines}`}>
        <span className="sr-only">
          {side === 'left' ? 'Left' : 'Right'} {kindName(block.kind)}, line{' '}
        </span>
        {lines}
        {pinControl}
      </span>
      {rendered && block.kind !== 'frontmatter' ? (
        <PreviewMarks selected={selected} tree={tree}>
          <div className="apreview" lang={info.language ?? undefined} dir={info.dir}>
            <BlockPreview tree={tree} remoteImages={remoteImages} />
          </div>
        </PreviewMarks>
      ) : rendered ? (
        // Front matter is metadata, not content: the preview shows it as text.
        <div className="apreview">
          <pre className="apreview-source">{block.text}</pre>
        </div>
      ) : (
        <div className="asource" lang={info.language ?? undefined} dir={info.dir}>
          <BlockSource block={block} findings={findings} selected={selected} focusable={row.findings.includes(selected ?? -1)} />
        </div>
      )}
    </div>
  );
}

/**
 * The preview's finding marks (put in by the worker) follow the selection as
 * the source view's do: the selected finding's marks are active. The tree is
 * memoised, so the marks are set on the DOM rather than re-rendered.
 */
function PreviewMarks({ selected, tree, children }: { selected: number | null; tree: HastRoot | null | undefined; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const mark of ref.current?.querySelectorAll<HTMLElement>('mark[data-finding]') ?? []) {
      const active = selected !== null && mark.dataset.finding!.split(' ').includes(String(selected));
      mark.classList.toggle('hl-active', active);
      if (active) mark.dataset.active = 'true';
      else delete mark.dataset.active;
    }
  }, [selected, tree]);
  return (
    <div ref={ref} className="apreview-wrap">
      {children}
    </div>
  );
}

/** A block's pairing control: "Pair…" to choose its counterpart, or, while a block of the other side is being paired, "Pair here". */
function pairControl(side: Side, block: BlockView, { pairing, onStartPairing, onPin }: AlignedRowProps): ReactNode {
  if (!onStartPairing || !onPin) return null;
  const where = `the ${side} ${kindName(block.kind)} at line ${block.line}`;
  if (pairing && pairing.side !== side) {
    return (
      <button
        type="button"
        className="apin apin-here"
        onClick={(event) => {
          event.stopPropagation();
          onPin(pinFor(pairing, pinnedBlock(block)));
        }}
        aria-label={`Pair here: ${where}`}
        title={`Pair ${where} with the ${pairing.side} block at line ${pairing.block.line}`}
        data-testid="pin-here"
      >
        Pair here
      </button>
    );
  }
  const choosing = pairing?.side === side && pairing.block.line === block.line;
  return (
    <button
      type="button"
      className={choosing ? 'apin apin-choosing' : 'apin'}
      onClick={(event) => {
        event.stopPropagation();
        onStartPairing(side, block);
      }}
      aria-label={`Pair ${where} with another block…`}
      aria-pressed={choosing}
      title="Pin this block's pairing: choose the block of the other side it belongs with, or say it has none"
      data-testid="pin-start"
    />
  );
}
