/** protected-term: a configured do-not-translate term on one side only. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'protected-term';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const config = { protectedTerms: ['Visual Studio Code', 'Kubernetes', 'Docker', 'Go'] };
const findingsOf = (left: string, right: string, withConfig = true): Finding[] =>
  compare(left, right, withConfig ? { config } : {}).findings.filter((f) => f.check === id);

describe('protected-term', () => {
  it('accepts kept names, inflected and compounded (Polish, German, Japanese)', () => {
    expect(findingsOf(lines('Deploy the app to Kubernetes.'), lines('Wdróż aplikację do Kubernetesa.'))).toEqual([]);
    expect(findingsOf(lines('Build the Docker image.'), lines('Erstellen Sie das Docker-Image.'))).toEqual([]);
    expect(findingsOf(lines('Install Docker first.'), lines('まずDockerをインストールします。'))).toEqual([]);
  });

  it('reports a translated product name (Spanish), as a warning', () => {
    const found = findingsOf(
      lines('# Editor', '', 'Öffnen Sie das Projekt in Visual Studio Code.'),
      lines('# Editor', '', 'Abra el proyecto en Código de Visual Studio.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe(
      'Protected term on one side only: the left has “Visual Studio Code”, the right does not (translated or dropped?).',
    );
  });

  it('does not read a longer word as the term (`Go` in `Google`)', () => {
    const found = findingsOf(lines('Write the service in Go.'), lines('Schreiben Sie den Dienst mit Google-Werkzeugen.'));
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toContain('“Go”');
  });

  it('softens a term written in another case to info', () => {
    expect(findingsOf(lines('Run it in Docker.'), lines('Uruchom to w dockerze.'))).toMatchObject([{ severity: 'info' }]);
  });

  it('reads terms a page declares in its front matter, and none without any', () => {
    const left = lines('---', 'protectedTerms: [Grafana]', '---', '', 'Open Grafana.');
    expect(findingsOf(left, lines('---', 'protectedTerms: [Grafana]', '---', '', 'Öffnen Sie das Dashboard.'), false)).toHaveLength(1);
    expect(findingsOf(lines('Open Grafana.'), lines('Öffnen Sie das Dashboard.'), false)).toEqual([]);
  });
});
