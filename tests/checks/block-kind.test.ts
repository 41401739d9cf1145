/** block-kind: aligned blocks of different kinds. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'block-kind';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const japaneseSteps = lines(
  '## 手順', // 1
  '',
  '1. リポジトリをクローンします。', // 3
  '2. `npm install` を実行します。',
  '3. `npm start` でサーバーを起動します。', // 5
);

describe('block-kind', () => {
  it('accepts a Chinese translation that keeps the numbered list', () => {
    const chinese = lines('## 步骤', '', '1. 克隆仓库。', '2. 运行 `npm install`。', '3. 用 `npm start` 启动服务器。');
    expect(findingsOf(japaneseSteps, chinese)).toEqual([]);
  });

  it('accepts a pseudo-bullet list against a real bulleted list (bullet-marker reports that)', () => {
    const german = lines('## Highlights', '', '- Leicht zu installieren.', '- Schnell.', '- Kostenlos.');
    const norwegian = lines('## Høydepunkter', '', '– Enkel å installere.', '– Rask.', '– Gratis.');
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('accepts an indented code block against a fenced one', () => {
    const german = lines('# Tests', '', 'Starten Sie die Tests:', '', '    npm test', '', 'Fertig.');
    const norwegian = lines('# Tester', '', 'Start testene:', '', '```', 'npm test', '```', '', 'Ferdig.');
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('reports numbered steps flattened into one Chinese paragraph', () => {
    const chinese = lines('## 步骤', '', '克隆仓库，运行 `npm install`，然后用 `npm start` 启动服务器。');
    const found = findingsOf(japaneseSteps, chinese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, endLine: 5 }, right: { line: 3, endLine: 3 } });
    expect(found[0]!.message).toBe('Block kinds differ: the left has a numbered list (line 3), the right a paragraph (line 3).');
  });

  it('reports a numbered list turned into a bulleted one (Polish)', () => {
    const german = lines('## Schritte', '', '1. Repository klonen.', '2. `npm install` ausführen.', '3. `npm start` starten.');
    const polish = lines('## Kroki', '', '- Sklonuj repozytorium.', '- Uruchom `npm install`.', '- Uruchom `npm start`.');
    const found = findingsOf(german, polish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 3, endLine: 5 }, right: { line: 3, endLine: 5 } });
    expect(found[0]!.message).toContain('the left has a numbered list (line 3), the right a list (line 3)');
  });

  it('reports a warning note that lost its block quote (Norwegian)', () => {
    const german = lines('# Update', '', 'Vor dem Update:', '', '> **Achtung:** Sichern Sie vorher den Ordner `backup/`.', '', 'Dann starten.');
    const norwegian = lines(
      '# Oppdatering',
      '',
      'Før oppdateringen:',
      '',
      '**Advarsel:** Sikkerhetskopier mappen `backup/` først.',
      '',
      'Start deretter.',
    );
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 5 }, right: { line: 5 } }]);
    expect(found[0]!.message).toContain('the left has a block quote (line 5), the right a paragraph (line 5)');
  });

  it('reports a code fence lost in the Polish version, so code became prose', () => {
    const german = lines('# Build', '', 'Führen Sie aus:', '', '```sh', 'npm run build', '```', '', 'Fertig.');
    const polish = lines('# Budowanie', '', 'Uruchom:', '', 'npm run build', '', 'Gotowe.');
    const found = findingsOf(german, polish);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 5, endLine: 7 }, right: { line: 5, endLine: 5 } }]);
    expect(found[0]!.message).toContain('code block (line 5), the right a paragraph');
  });

  it('reports a table rewritten as a list (German ↔ Norwegian)', () => {
    const german = lines('## Optionen', '', '| Option | Wert |', '| --- | --- |', '| `port` | 8080 |', '| `host` | localhost |');
    const norwegian = lines('## Alternativer', '', '- `port`: 8080', '- `host`: localhost');
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ left: { line: 3, endLine: 6 }, right: { line: 3, endLine: 4 } }]);
    expect(found[0]!.message).toContain('the left has a table (line 3), the right a list (line 3)');
  });

  it('reports an HTML block against Markdown (Hebrew)', () => {
    const english = lines('# Welcome', '', 'Intro text.', '', '<p align="center">Welcome to <b>mdparity</b></p>', '', 'More.');
    const hebrew = lines('# ברוכים הבאים', '', 'טקסט פתיחה.', '', 'ברוכים הבאים ל-**mdparity**', '', 'עוד.');
    const found = findingsOf(english, hebrew);
    expect(found).toMatchObject([{ left: { line: 5 }, right: { line: 5 } }]);
    expect(found[0]!.message).toMatch(/the left has an? HTML block \(line 5\), the right a paragraph \(line 5\)/);
  });

  it('accepts a `<br/>` spacer against a `<br/><br/>` one (an HTML block and a paragraph to CommonMark; nodebestpractices, Korean)', () => {
    const english = lines(
      '# Assign TransactionId to each log statement',
      '',
      '<br/><br/>',
      '',
      '### One Paragraph Explainer',
      '',
      'A typical log is a warehouse of entries from all components and requests.',
      '',
      '<br/>',
      '',
      '### Code example: sharing TransactionId among request functions',
    );
    const korean = lines(
      '# 각 로그 문에 TransactionId 할당',
      '',
      '<br/><br/>',
      '',
      '### 한 문단 설명',
      '',
      '일반적인 로그는 모든 구성 요소와 요청의 항목이 모인 창고입니다.',
      '',
      '<br/><br/>',
      '',
      '### 코드 예제: 요청 함수 간에 TransactionId 공유하기',
    );
    expect(findingsOf(english, korean)).toEqual([]);
  });
});
