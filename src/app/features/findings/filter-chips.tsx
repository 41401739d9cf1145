/** Toggle chips for one filter group, each with its count; none pressed means no filtering on that group. */
export interface Chip {
  value: string;
  label: string;
  count: number;
}

export function FilterChips({
  label,
  chips,
  chosen,
  onChange,
}: {
  label: string;
  chips: readonly Chip[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <div className="chips" role="group" aria-label={label}>
      <span className="chips-label">{label}</span>
      {chips.map((chip) => {
        const pressed = chosen.includes(chip.value);
        return (
          <button
            key={chip.value}
            type="button"
            className={`chip chip-${chip.value}`}
            aria-pressed={pressed}
            disabled={chip.count === 0 && !pressed}
            onClick={() => onChange(pressed ? chosen.filter((v) => v !== chip.value) : [...chosen, chip.value])}
          >
            {chip.label} <span className="chip-count">{chip.count}</span>
          </button>
        );
      })}
    </div>
  );
}
