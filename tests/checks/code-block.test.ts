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

  // Seed 12 (astro-docs fr, es): translators localise example names; a removed line or an API swapped is still a warning.
  describe('localised example names', () => {
    const astroSource = (intro: string, names: { image: string; file: string }, alt: string, extra: string[] = []) =>
      lines(
        intro,
        '',
        '```astro title="src/components/MyComponent.astro"',
        '---',
        "import { Image } from 'astro:assets';",
        `import ${names.image} from "../assets/${names.file}.png"; // 1600x900`,
        ...extra,
        '---',
        `<Image src={${names.image}} alt="${alt}" />`,
        '```',
      );
    const english = astroSource(
      'Import the image and pass it to the component.',
      { image: 'myImage', file: 'my_image' },
      'A description of my image.',
    );

    it.each([
      [
        'fr',
        astroSource('Importez l’image et passez-la au composant.', { image: 'monImage', file: 'mon_image' }, 'Une description de mon image.'),
        '“myImage” → “monImage”',
      ],
      [
        'es',
        astroSource('Importa la imagen y pásala al componente.', { image: 'miImagen', file: 'mi_imagen' }, 'Una descripción de mi imagen.'),
        '“myImage” → “miImagen”',
      ],
      [
        'de',
        astroSource(
          'Importiere das Bild und übergib es der Komponente.',
          { image: 'meinBild', file: 'mein_bild' },
          'Eine Beschreibung meines Bildes.',
        ),
        '“myImage” → “meinBild”',
      ],
    ])('a variable and file renamed in the translation’s language are info (%s)', (_language, translated, renaming) => {
      const found = findingsOf(english, translated);
      expect(found).toMatchObject([{ severity: 'info', left: { line: 6 }, right: { line: 6 } }]);
      expect(found[0]!.message).toContain(`example names the translation localised (${renaming}`);
    });

    it('a placeholder localised in a shell command is info (fr, turso.mdx)', () => {
      const found = findingsOf(
        lines('Create a token:', '', '```sh', 'turso db tokens create <database-name>', '```'),
        lines('Créez un jeton :', '', '```sh', 'turso db tokens create <nom-base-de-données>', '```'),
      );
      expect(found).toMatchObject([{ severity: 'info' }]);
    });

    it('an HTML attribute value translated in an output block is info (es, astro-assets.mdx)', () => {
      const found = findingsOf(
        lines(
          'The output:',
          '',
          '```html',
          '<!-- Output -->',
          '<img',
          '  src="/_astro/my_image.hash.webp"',
          '  width="1600"',
          '  alt="A description of my image."',
          '/>',
          '```',
        ),
        lines(
          'La salida:',
          '',
          '```html',
          '<!-- Salida -->',
          '<img',
          '  src="/_astro/my_image.hash.webp"',
          '  width="1600"',
          '  alt="Una descripción de mi imagen."',
          '/>',
          '```',
        ),
      );
      expect(found).toMatchObject([{ severity: 'info' }]);
    });

    it('a line removed next to localised names is a warning (ja)', () => {
      const japanese = astroSource(
        '画像をインポートしてコンポーネントに渡します。',
        { image: 'watashiNoGazou', file: 'watashi_no_gazou' },
        '画像の説明。',
      ).replace("import { Image } from 'astro:assets';\n", '');
      expect(findingsOf(english, japanese)).toMatchObject([{ severity: 'warning' }]);
    });

    it('a name swapped for one the source itself uses is not a localisation (fr)', () => {
      const source = lines(
        'Use `createServer()` for a server and `createApp()` for the app.',
        '',
        '```js',
        "import { createApp } from 'astro/app/entrypoint';",
        'const app = createApp();',
        '```',
      );
      const translated = lines(
        'Utilisez `createServer()` pour un serveur et `createApp()` pour l’application.',
        '',
        '```js',
        "import { createServer } from 'astro/app/entrypoint';",
        'const app = createServer();',
        '```',
      );
      expect(findingsOf(source, translated)).toMatchObject([{ severity: 'warning' }]);
    });
  });

  it('reads an apostrophe after an interpolation as JSX text: only the title was translated (react.dev in Chinese)', () => {
    const block = (title: string) =>
      lines('```js', 'export default function TodoList() {', '  return (', `    <h1>{name}${title}</h1>`, '  );', '}', '```');
    const found = findingsOf(block("'s To Do List"), block('的待办事项列表'));
    expect(found).toMatchObject([{ severity: 'info' }]);
  });

  it('names the changed line of code, not a line whose string alone was translated before it', () => {
    const block = (log: string, map: string) =>
      lines('```js', 'fetchPlanets().then(result => {', `  console.log(${log});`, '  setPlanetId(result[0].id);', '});', `{${map}(planet =>`, '```');
    const found = findingsOf(block("'Fetched a list of planets.'", 'planetList.map'), block("'获取了一个行星列表。'", 'planetList?.map'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 6 }, right: { line: 6 } }]);
    expect(found[0]!.message).toBe(
      'Code blocks differ beyond comments: the left has “{planetList.map(planet =>” where the right has “{planetList?.map(planet =>”.',
    );
  });
});
