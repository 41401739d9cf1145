/**
 * Configuration: pick (or drop) an mdparity.config.json, or a package.json
 * with an `mdparity` key; the summary bar shows which one is active and
 * clears it. The worker validates it with the CLI's own rules and messages.
 */
import { useRef, type ChangeEvent } from 'react';
import type { ConfigSummary } from '../../protocol.js';

export function ConfigButton({ onFile }: { onFile: (file: File) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <input ref={inputRef} type="file" accept=".json,application/json" hidden onChange={picked} data-testid="file-config" />
      <button
        type="button"
        onClick={() => inputRef.current?.click()}
        title="Load mdparity.config.json: check severities, front-matter rules, protected terms"
      >
        Config…
      </button>
    </>
  );
}

export function ConfigStatus({ config, onClear }: { config: ConfigSummary | null; onClear: () => void }) {
  if (!config) {
    return (
      <span className="config-status muted" data-testid="config-status" title="No configuration loaded: every check runs at its default severity">
        Default settings
      </span>
    );
  }
  return (
    <span className="config-status config-active" data-testid="config-status">
      <span title={config.lines.join('\n')}>
        <span aria-hidden="true">⚙ </span>
        Config <strong className="config-name">{config.name}</strong>
        {config.off.length > 0 && <span className="config-off"> ({config.off.join(', ')} off)</span>}
      </span>
      <span className="sr-only">: {config.lines.join('; ')}</span>
      <button type="button" className="link-button" onClick={onClear} data-testid="config-clear">
        Clear config
      </button>
    </span>
  );
}
