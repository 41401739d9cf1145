/**
 * Toggle chips for one filter group, each with its count; none pressed means
 * no filtering on that group. With `onHide`, each chip also hides its value
 * in one click (“everything but this check”), and a hidden chip shows it again.
 */
export interface Chip {
  value: string;
  label: string;
  count: number;
}

export function FilterChips({
  label,
  chips,
  chosen,
  hidden = [],
  onChange,
  onHide,
}: {
  label: string;
  chips: readonly Chip[];
  chosen: readonly string[];
  hidden?: readonly string[];
  onChange: (next: string[]) => void;
  onHide?: (value: string) => void;
}) {
  return (
    <div className="chips" role="group" aria-label={label}>
      <span className="chips-label">{label}</span>
      {chips.map((chip) => {
        const pressed = chosen.includes(chip.value);
        const isHidden = hidden.includes(chip.value);
        return (
          <span key={chip.value} className={`chip-pair${isHidden ? ' chip-pair-hidden' : ''}`} data-chip={chip.value}>
            <button
              type="button"
              className={`chip chip-${chip.value}`}
              aria-pressed={pressed}
              disabled={(chip.count === 0 && !pressed) || isHidden}
              onClick={() => onChange(pressed ? chosen.filter((v) => v !== chip.value) : [...chosen, chip.value])}
            >
              {chip.label} <span className="chip-count">{chip.count}</span>
            </button>
            {onHide && (chip.count > 0 || isHidden) && (
              <button
                type="button"
                className="chip-hide"
                aria-pressed={isHidden}
                aria-label={isHidden ? `Show ${chip.label} again` : `Hide ${chip.label}`}
                title={isHidden ? `Show ${chip.label} again` : `Hide every ${chip.label} finding`}
                onClick={() => onHide(chip.value)}
              >
                {isHidden ? '↺' : '×'}
              </button>
            )}
          </span>
        );
      })}
    </div>
  );
}
