/**
 * The pair's fixes: apply every mechanical fix at once, and download the
 * translation as fixed in the app (its own name and encoding; the file on
 * disk is never written).
 */
export interface FixesBarProps {
  /** Findings whose fix “Apply all” takes (those accepted as intended are left alone). */
  available: number;
  /** Fixes applied in the app so far (the text differs from the file as opened). */
  changed: boolean;
  fileName: string;
  disabled: boolean;
  onApplyAll: () => void;
  onDownload: () => void;
}

export function FixesBar({ available, changed, fileName, disabled, onApplyAll, onDownload }: FixesBarProps) {
  if (available === 0 && !changed) return null;
  return (
    <span className="fixes-bar" role="group" aria-label="Mechanical fixes" data-testid="fixes-bar">
      {available > 0 && (
        <button
          type="button"
          disabled={disabled}
          onClick={onApplyAll}
          data-testid="apply-all-fixes"
          title={`Apply every certain mechanical fix to ${fileName}, then compare again (u undoes)`}
        >
          Apply all {available === 1 ? '1 fix' : `${available} fixes`}
        </button>
      )}
      <button
        type="button"
        disabled={!changed}
        onClick={onDownload}
        data-testid="download-fixed"
        title={changed ? `Download ${fileName} with the fixes applied here` : 'Apply a fix first'}
      >
        Download fixed {fileName}
      </button>
    </span>
  );
}
