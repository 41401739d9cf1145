/**
 * "Export": the report in every format the CLI writes, as a download named
 * like the CLI's --out-dir files. The report carries the review decisions.
 * A menu button: arrow keys move through the formats, Escape closes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatList, type FormatName } from '../../../core/report/format-list.js';

export const exportFormats: ReadonlyArray<{ format: FormatName; label: string; extension: string; type: string }> = formatList.map((format) => ({
  format: format.name,
  label: format.label,
  extension: format.extension,
  type: format.mediaType,
}));

export function ExportMenu({ disabled, busy, onExport }: { disabled: boolean; busy: boolean; onExport: (format: FormatName) => void }) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus();
    // Handled here, so the page's single-key shortcuts do not act on them too.
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close(event.key === 'Escape');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      go(at + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      go(at - 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      go(event.key === 'Home' ? 0 : items.length - 1);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
    }
  };

  return (
    <div className="menu-wrap" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="export-button"
        title="Download the report, with the review decisions"
      >
        {busy ? 'Exporting…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu" id="export-menu" aria-label="Report formats" ref={menuRef} onKeyDown={onMenuKey}>
          {exportFormats.map((entry) => (
            <button
              key={entry.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              data-format={entry.format}
              onClick={() => {
                close(true);
                onExport(entry.format);
              }}
            >
              <span>{entry.label}</span>
              <span className="menu-ext">.{entry.extension}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
