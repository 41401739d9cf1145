/** code-block: fenced code that differs in its language tag or beyond its comments. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'code-block';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

describe('code-block', () => {
  it('accepts translated comments in JavaScript, Python, HTML, SQL and shell', () => {
    const pairs: Array<[string, string]> = [
      [
        lines('```js', '// Zähler erhöhen', 'count += 1; /* nie negativ */', '```'),
        lines('```js', '// Incrementa el contador', 'count += 1; /* nunca negativo */', '```'),
      ],
      [
        lines('```python', '# Datei lesen', 'data = open("a.txt").read()  # ganz', '```'),
        lines('```python', '# Lire le fichier', 'data = open("a.txt").read()  # en entier', '```'),
      ],
      [lines('```html', '<!-- Kopfzeile -->', '<header></header>', '```'), lines('```html', '<!-- ヘッダー -->', '<header></header>', '```')],
      [lines('```sql', '-- alle Nutzer', 'SELECT * FROM users;', '```'), lines('```sql', '-- wszyscy użytkownicy', 'SELECT * FROM users;', '```')],
      [
        lines('```bash', '# Abhängigkeiten installieren', 'npm install', '```'),
        lines('```bash', '# Installer les dépendances', 'npm install', '```'),
      ],
    ];
    for (const [left, right] of pairs) expect(findingsOf(left, right)).toEqual([]);
  });

  it('keeps a URL in code and `#` inside shell words', () => {
    const left = lines('```sh', 'curl https://example.com/#top  # Seite laden', 'echo ${#name}', '```');
    const right = lines('```sh', 'curl https://example.com/#top  # załaduj stronę', 'echo ${#name}', '```');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('accepts a formatter’s choices: quotes, semicolons, trailing commas, line breaks', () => {
    const left = lines('```js', "const list = [{ id: 1, name: 'a' }];", '```');
    const right = lines('```js', 'const list = [', '  { id: 1, name: "a" },', ']', '```');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('reports changed code as a warning, at the differing line', () => {
    const left = lines('# Zähler', '', '```js', '// Zähler erhöhen', 'const next = count + 1;', 'setCount(next);', '```');
    const right = lines('# Contador', '', '```js', '// Incrementa el contador', 'const next = count - 1;', 'setCount(next);', '```');
    const found = findingsOf(left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 5 }, right: { line: 5 } });
    expect(found[0]!.message).toBe(
      'Code blocks differ beyond comments: the left has “const next = count + 1;” where the right has “const next = count - 1;”.',
    );
  });

  it('reports translated identifiers (Basque) as a warning', () => {
    const found = findingsOf(
      lines('```js', 'const newProduct = new ProductService().add(item);', '```'),
      lines('```js', 'const produktuBerria = new ProduktuZerbitzua().gehitu(item);', '```'),
    );
    expect(found).toMatchObject([{ severity: 'warning' }]);
  });

  it('treats translated strings and JSX text as info (Chinese example text)', () => {
    const left = lines('```jsx', 'export default function App() {', '  return <h1>Welcome to {roomId}!</h1>;', '}', '```');
    const right = lines('```jsx', 'export default function App() {', '  return <h1>欢迎来到 {roomId}！</h1>;', '}', '```');
    const found = findingsOf(left, right);
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('translated example text');
  });

  it('reports a different language tag, with `javascript` and `js` the same', () => {
    expect(findingsOf(lines('```javascript', 'a();', '```'), lines('```js', 'a();', '```'))).toEqual([]);
    const found = findingsOf(lines('```json5', '{ a: 1 }', '```'), lines('```javascript', '{ a: 1 }', '```'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toBe('Code block language tags differ: the left is tagged “json5”, the right “javascript”.');
  });

  it('does not compare the content of text blocks, which are translated', () => {
    expect(findingsOf(lines('```text', 'Server started.', '```'), lines('```text', 'Serwer uruchomiony.', '```'))).toEqual([]);
  });

  it('compares code blocks inside aligned list items (setup steps in Japanese)', () => {
    const english = lines(
      '## Setup',
      '',
      '1. Install the CLI:',
      '',
      '   ```sh',
      '   npm install --global @example/cli',
      '   ```',
      '',
      '2. Log in:',
      '',
      '   ```sh',
      '   example login --region eu',
      '   ```',
    );
    const japanese = lines(
      '## セットアップ',
      '',
      '1. CLI をインストールします：',
      '',
      '   ```sh',
      '   npm install --global @example/cli',
      '   ```',
      '',
      '2. ログインします：',
      '',
      '   ```sh',
      '   example login --region us',
      '   ```',
    );
    const found = findingsOf(english, japanese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 12 }, right: { line: 12 } });
    expect(found[0]!.message).toContain('“example login --region eu”');
  });

  it('warns on a dropped line even when the line is only a string (Spanish)', () => {
    const english = lines('```js', 'const messages = [', "  'Saved.',", "  'Deleted.',", '];', '```');
    const spanish = lines('```js', 'const messages = [', "  'Guardado.',", '];', '```');
    const found = findingsOf(english, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(found[0]!.message).toMatch(/^Code blocks differ beyond comments/);
  });
});
