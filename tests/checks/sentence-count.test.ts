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
  it('reports a long sentence missing from the middle of a Spanish paragraph, as a hint that says its length evidence', () => {
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
    // A hint (info) since seeds 11 and 12; the message says the paragraph's length bears the omission out.
    expect(found[0]).toMatchObject({ check: id, severity: 'info', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe(
      'A sentence on the left has no counterpart on the right: “Danach lädt er alle Erweiterungen aus dem Ordner plugins und prüft ihre Signatu…” (the paragraph’s length bears out that a sentence is missing; which one is a guess).',
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

  it('never reads a code example inside a list item as sentences (Astro’s Drupal guide, Chinese)', () => {
    const code = (comment: string, jsdoc: string) =>
      [
        '    ```ts title="src/api/drupal.ts" ins={9-23}',
        '    import {Jsona} from "jsona";',
        '    import type {TJsonApiBody} from "jsona/lib/JsonaTypes";',
        '',
        `    // ${comment}`,
        '    export const baseUrl: string = import.meta.env.DRUPAL_BASE_URL;',
        '',
        '    /**',
        `     * ${jsdoc}`,
        '     *',
        '     * @param url',
        '     *',
        '     * @return Promise<TJsonaModel | TJsonaModel[]> as Promise<any>',
        '     */',
        '    export const fetchUrl = async (url: string): Promise<any> => {',
        '        const request: Response = await fetch(url);',
        '        return new Jsona().deserialize(await request.json());',
        '    }',
        '    ```',
      ].join('\n');
    const english = [
      '## Fetching data',
      '',
      'Get your data from your Drupal site by using the JSON:API module. The module is part of Drupal core.',
      '',
      'The content of your site is served as JSON at predictable URLs, one for each content type.',
      '',
      '1. Create a new file `src/api/drupal.ts` and add the following code. It imports the libraries you need.',
      '',
      '2. In that same file, create the `fetchUrl` function to make the fetch request and deserialize the response.',
      '',
      code('Get the Drupal Base Url.', 'Fetch url from Drupal.'),
      '',
      '    This imports `Jsona` to deserialize the response. It also gets the `baseUrl` from the `.env` file.',
      '',
      'Your project now has the functions to fetch articles from Drupal.',
      '',
    ].join('\n');
    const chinese = [
      '## 获取数据',
      '',
      '使用 JSON:API 模块从你的 Drupal 站点获取数据。该模块是 Drupal 核心的一部分。',
      '',
      '你的站点内容以 JSON 的形式在可预测的 URL 上提供，每种内容类型一个。',
      '',
      '1. 创建一个新文件 `src/api/drupal.ts` 并添加以下代码。它会导入你需要的库。',
      '',
      '2. 在同一文件中，创建 `fetchUrl` 函数来获取请求并反序列化响应。',
      '',
      code('获取 Drupal 的根 URL。', '从 Drupal 获取 url。'),
      '',
      '    这将导入 `Jsona` 来反序列化响应，并从 `.env` 文件中获取 `baseUrl`。',
      '',
      '你的项目现在有了从 Drupal 获取文章的函数。',
      '',
    ].join('\n');
    expect(findingsOf(english, chinese, 'en/guides/cms/drupal.mdx', 'zh-cn/guides/cms/drupal.mdx')).toEqual([]);
  });
});
