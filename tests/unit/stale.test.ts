/** Stale translations: one summary line, and the sections without counterpart as one finding per side. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compare, writers } from '../../src/core/index.js';
import { compileSchema } from '../report/helpers.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

// An English CLI guide that gained Retries, Proxies and Telemetry sections since a German translation was made;
// the German one still opens with the Migration and Legacy options sections English dropped.
const english = lines(
  '# fetchkit',
  '',
  'A small HTTP client for [Node.js](https://nodejs.org) with streaming and typed errors.',
  '',
  '## Installation',
  '',
  'Install it with `npm install fetchkit` (Node.js 20.11 or later).',
  '',
  '## Retries',
  '',
  'Failed requests are retried up to `maxRetries` times with exponential backoff starting at 250 ms.',
  '',
  '## Proxies',
  '',
  'Set `HTTPS_PROXY` to route requests through a proxy; see [the proxy guide](https://fetchkit.dev/proxy).',
  '',
  '## Telemetry',
  '',
  'Anonymous usage data is sent to `telemetry.fetchkit.dev` unless `FETCHKIT_TELEMETRY=0` is set.',
  '',
  '## License',
  '',
  'MIT, see [LICENSE](LICENSE).',
);
const german = lines(
  '# fetchkit',
  '',
  'Ein kleiner HTTP-Client für [Node.js](https://nodejs.org) mit Streaming und typisierten Fehlern.',
  '',
  '## Migration von Version 1',
  '',
  'Ersetzen Sie `fetchkit.get()` durch `fetchkit.request()`; die alte API wurde in Version 2.0 entfernt.',
  '',
  '## Veraltete Optionen',
  '',
  'Die Option `legacyAgent` wird ignoriert, siehe [Änderungsprotokoll](https://fetchkit.dev/changelog).',
  '',
  '## Installation',
  '',
  'Installieren Sie es mit `npm install fetchkit` (Node.js 20.11 oder neuer).',
  '',
  '## Lizenz',
  '',
  'MIT, siehe [LICENSE](LICENSE).',
);

describe('stale translations', () => {
  const report = compare(english, german, { leftPath: 'en/README.md', rightPath: 'de/README.md' });
  const sections = report.findings.filter((finding) => finding.check === 'missing-section');

  it('says so in one summary line', () => {
    expect(report.summary.stale).toMatch(/^The right looks like a translation of an older version of the left: 3 of the left’s 6 sections/);
  });

  it('reports the sections the source gained as one finding with every place, and the ones it dropped as another', () => {
    const leftOnly = sections.filter((finding) => finding.left && !finding.right);
    const rightOnly = sections.filter((finding) => finding.right && !finding.left);
    expect(leftOnly).toHaveLength(1);
    expect(leftOnly[0]).toMatchObject({ severity: 'error', left: { line: 9 }, related: [{ left: { line: 13 } }, { left: { line: 17 } }] });
    expect(leftOnly[0]!.message).toBe(
      '3 sections of the left have no counterpart on the right, as in a translation of an older version (none of their links, code or numbers occurs anywhere on the right): “Retries” (line 9), “Proxies” (line 13), “Telemetry” (line 17).',
    );
    expect(rightOnly).toHaveLength(1);
    expect(rightOnly[0]).toMatchObject({ severity: 'warning', right: { line: 5 }, related: [{ right: { line: 9 } }] });
    expect(rightOnly[0]!.message).toContain('“Migration von Version 1” (line 5), “Veraltete Optionen” (line 9)');
  });

  it('groups the other checks’ findings on a stale page the same way, one per check, with every place', () => {
    // The older German version installed version 1 and documented `fetchkit.get()`: two inline-code drifts, one cause.
    const older = german
      .replace(
        'Ein kleiner HTTP-Client für [Node.js](https://nodejs.org)',
        'Ein kleiner HTTP-Client (`fetchkit.get()`) für [Node.js](https://nodejs.org)',
      )
      .replace('`npm install fetchkit`', '`npm install fetchkit@1`');
    const source = english.replace(
      'A small HTTP client for [Node.js](https://nodejs.org)',
      'A small HTTP client (`fetchkit.request()`) for [Node.js](https://nodejs.org)',
    );
    const stale = compare(source, older, { leftPath: 'en/README.md', rightPath: 'de/README.md' });
    const inlineCode = stale.findings.filter((finding) => finding.check === 'code-span' && finding.severity !== 'info');
    expect(inlineCode).toHaveLength(1);
    expect(inlineCode[0]).toMatchObject({ left: { line: 3 }, right: { line: 3 }, related: [{ left: { line: 7 }, right: { line: 15 } }] });
    expect(inlineCode[0]!.message).toMatch(/On this stale page, 1 more code-span place like this one is grouped with it \(left line 7\)\.$/);
    // Not stale: the same drifts are two findings.
    const current = compare(source, older.replace(/## Migration von Version 1[\s\S]*?## Installation/, '## Installation'), {
      leftPath: 'en/README.md',
      rightPath: 'de/README.md',
    });
    expect(current.findings.filter((finding) => finding.check === 'code-span' && finding.severity !== 'info')).toHaveLength(2);
  });

  it('leaves a translation that only lacks sections (none extra, so not stale) with one finding per section', () => {
    const one = compare(english, german.replace(/## Migration von Version 1[\s\S]*?## Installation/, '## Installation'), {
      leftPath: 'en/README.md',
      rightPath: 'de/README.md',
    });
    expect(one.summary.stale).toBeUndefined();
    expect(one.findings.filter((finding) => finding.check === 'missing-section' && finding.left)).toHaveLength(3);
  });

  it('shows every grouped place in the text, Markdown, HTML and SARIF reports', () => {
    expect(writers.text(report, {})).toContain('Also at left lines 13, 17.');
    expect(writers.markdown(report, {})).toContain('Also at left lines 13, 17.');
    expect(writers.html(report, {})).toContain('Also at left lines 13, 17.');
    const sarif = JSON.parse(writers.sarif(report, {})) as {
      runs: Array<{ results: Array<{ message: { text: string }; relatedLocations?: unknown[] }> }>;
    };
    expect(compileSchema(JSON.parse(readFileSync('tests/report/sarif-schema-2.1.0.json', 'utf8')))(sarif)).toBe(true);
    const grouped = sarif.runs[0]!.results.find((result) => result.message.text.startsWith('3 sections of the left'))!;
    // The other side's file (no counterpart located), then the two other sections.
    expect(grouped.relatedLocations).toMatchObject([
      {},
      { id: 2, physicalLocation: { region: { startLine: 13 } } },
      { id: 3, physicalLocation: { region: { startLine: 17 } } },
    ]);
  });
});
