/** sentence-count: sentences inside aligned paragraphs with no counterpart. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'sentence-count';
const paragraphs = (...rows: string[]) => `${rows.join('\n\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

const intro = [
  'Die Konfigurationsdatei liegt im Stammverzeichnis des Projekts.',
  'Für die Entwicklung gibt es einen eigenen Modus mit ausführlichen Meldungen.',
  'Im Betrieb sollte dieser Modus ausgeschaltet bleiben.',
];
const introEs = [
  'El archivo de configuración está en la raíz del proyecto.',
  'Para el desarrollo existe un modo propio con mensajes detallados.',
  'En producción, este modo debe permanecer desactivado.',
];

describe('sentence-count', () => {
  it('accepts merged and split sentences (German ↔ Spanish)', () => {
    const left = paragraphs(
      intro[0]!,
      'Der Server startet in wenigen Sekunden. Danach lädt er alle Erweiterungen. Die Protokolle landen im Ordner logs.',
      intro[1]!,
      intro[2]!,
    );
    const right = paragraphs(
      introEs[0]!,
      'El servidor arranca en pocos segundos y después carga todas las extensiones. Los registros se guardan en la carpeta logs.',
      introEs[1]!,
      introEs[2]!,
    );
    expect(findingsOf(left, right, 'a.de.md', 'a.es.md')).toEqual([]);
  });

  // No link, code or number in any paragraph and the middle one much shorter, but the four paragraphs stand in the same
  // order on both sides: order settles the pairing, so the finding is a warning, not an uncertain info.
  it('reports a long sentence missing from the middle of a Spanish paragraph', () => {
    const left = paragraphs(
      intro[0]!,
      'Der Server startet in wenigen Sekunden. Danach lädt er alle Erweiterungen aus dem Ordner plugins und prüft ihre Signaturen, bevor er die erste Anfrage annimmt und den Status meldet. Die Protokolle landen im Ordner logs.',
      intro[1]!,
      intro[2]!,
    );
    const right = paragraphs(
      introEs[0]!,
      'El servidor arranca en pocos segundos. Los registros se guardan en la carpeta logs.',
      introEs[1]!,
      introEs[2]!,
    );
    const found = findingsOf(left, right, 'a.de.md', 'a.es.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe(
      'A sentence on the left has no counterpart on the right: “Danach lädt er alle Erweiterungen aus dem Ordner plugins und prüft ihre Signatu…”.',
    );
  });

  it('reports a shorter missing sentence as info', () => {
    const left = paragraphs(
      intro[0]!,
      'Der Server startet schnell. Danach lädt er alle Erweiterungen aus dem Ordner plugins und prüft deren Signaturen. Die Protokolle landen im Ordner logs.',
      intro[1]!,
      intro[2]!,
    );
    const right = paragraphs(introEs[0]!, 'El servidor arranca rápido. Los registros se guardan en la carpeta logs.', introEs[1]!, introEs[2]!);
    const found = findingsOf(left, right, 'a.de.md', 'a.es.md');
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('“Danach lädt er alle Erweiterungen aus dem Ordner plugins und prüft deren Signat…”');
  });

  it('lets a short sentence merge into its neighbour rather than call it missing (Gale–Church)', () => {
    const left = paragraphs(intro[0]!, 'Der Server startet schnell. Er meldet sich. Die Protokolle landen im Ordner logs.', intro[1]!, intro[2]!);
    const right = paragraphs(
      introEs[0]!,
      'El servidor arranca rápido y avisa. Los registros se guardan en la carpeta logs.',
      introEs[1]!,
      introEs[2]!,
    );
    expect(findingsOf(left, right, 'a.de.md', 'a.es.md')).toEqual([]);
  });

  it('segments Japanese and Chinese with their own sentence marks', () => {
    const left = paragraphs(
      'The server starts in a few seconds. It then loads every plugin. Logs go to the logs folder.',
      'Development mode prints detailed messages.',
      'Keep it off in production.',
      'The configuration file is in the project root.',
    );
    const japanese = paragraphs(
      'サーバーは数秒で起動し、その後すべてのプラグインを読み込みます。ログは logs フォルダーに保存されます。',
      '開発モードでは詳細なメッセージが出力されます。',
      '本番環境ではオフにしてください。',
      '設定ファイルはプロジェクトのルートにあります。',
    );
    expect(findingsOf(left, japanese, 'a.en.md', 'a.ja.md')).toEqual([]);
  });
});
