/**
 * A finding's mechanical fix, shown where the finding is decided: what it
 * does, the changed lines of the translation before and after (the changed
 * characters marked), and the button that applies it. Only findings the core
 * can fix with certainty have one; the rest show nothing here. Beside the
 * finding in the view it is shown whole; in the findings panel, on one line.
 */
import type { FindingFix, FixLine } from '../../protocol.js';

export interface FixPreviewProps {
  fix: FindingFix;
  /** The translation's file name (the fix changes it, never the source). */
  fileName: string;
  place: 'panel' | 'view';
  disabled: boolean;
  /** Why the fix was not applied when it was tried (the fixed text did not compare as the core promises): no button then. */
  refused: string | null;
  onApply: () => void;
}

/** Lines shown before “and N more lines”: a fix of a long list changes every item. */
const shownEdits = { view: 3, panel: 1 };

export function FixPreview({ fix, fileName, place, disabled, refused, onApply }: FixPreviewProps) {
  const shown = fix.edits.slice(0, shownEdits[place]);
  const more = fix.edits.length - shown.length;
  const lines = fix.edits.length === 1 ? 'this line' : 'these lines';
  return (
    <div className={`fix fix-${place}`} role="group" aria-label={`Fix for ${fileName}: ${fix.description}`} data-testid={`fix-${place}`}>
      <span className="fix-label" title={place === 'panel' ? fix.description : undefined}>
        {place === 'view' ? `Fix: ${fix.description}` : 'Fix:'}
      </span>
      <table className="fix-lines">
        <caption className="sr-only">Lines of {fileName} before and after the fix</caption>
        <tbody>
          {shown.map((edit) => (
            <tr key={edit.line}>
              <th scope="row" className="fix-line-number">
                {edit.line}
              </th>
              <td className="fix-before">
                <span className="sr-only">before: </span>
                <LineText edit={edit} version="before" />
              </td>
              <td className="fix-arrow" aria-hidden="true">
                →
              </td>
              <td className="fix-after">
                <span className="sr-only">after: </span>
                <LineText edit={edit} version="after" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <span className="fix-more muted">and {more === 1 ? '1 more line' : `${more} more lines`}</span>}
      {refused !== null ? (
        <span className="fix-refused" title={refused}>
          Not applied: {refused}
        </span>
      ) : (
        <button
          type="button"
          className="fix-apply"
          disabled={disabled}
          onClick={onApply}
          title={`Change ${lines} of ${fileName} in the app, then compare again (u undoes; the file itself is not written)`}
        >
          Apply fix
        </button>
      )}
    </div>
  );
}

/** One version of a fixed line, the part that changes marked (a space added shows as a marked gap). */
function LineText({ edit, version }: { edit: FixLine; version: 'before' | 'after' }) {
  const text = edit[version];
  const end = version === 'before' ? edit.beforeEnd : edit.afterEnd;
  const changed = text.slice(edit.start, end);
  const Mark = version === 'before' ? 'del' : 'ins';
  return (
    <code>
      {text.slice(0, edit.start)}
      {changed && (
        <Mark className="fix-change" title={/^\s+$/.test(changed) ? `${version === 'before' ? 'removed' : 'added'}: a space` : undefined}>
          {changed}
        </Mark>
      )}
      {text.slice(end)}
    </code>
  );
}
