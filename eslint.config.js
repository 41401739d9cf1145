// ESLint: typescript-eslint's strict type-checked rules, import zones for the architecture,
// and nothing about formatting (Prettier owns that: eslint-config-prettier switches those rules off).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/app/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Import zones: `target` files may not import from `from`. */
const zones = [
  {
    target: './src/core',
    from: ['./src/cli', './src/app'],
    message: 'src/core is pure and stands alone: the CLI and the app build on it, never the reverse.',
  },
  // A feature uses core and src/app/shared; what two features share moves to shared.
  ...features.map((feature) => ({
    target: `./src/app/features/${feature}`,
    from: './src/app/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need to src/app/shared.',
  })),
  // PLACEHOLDER (main thread ↛ worker): the worker's own modules may be imported only by the worker.
  // Today that is src/app/worker.ts alone (the main thread reaches it through `new Worker(new URL(...))`, not an import);
  // when the app's folders are split, list the worker folder here and the main-thread folders as targets.
  {
    target: ['./src/app/features', './src/app/shared/components', './src/app/shared/hooks', './src/app/App.tsx', './src/app/main.tsx'],
    from: ['./src/app/worker.ts'],
    message: 'Main-thread code does not import worker modules: talk to the worker through its protocol types.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-results/', 'node_modules/', 'tests/fixtures/', 'seeds/', 'bin/'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // Under noUncheckedIndexedAccess, `xs[i]!` after a bounds-checked loop or a lookup just made is this codebase's
      // deliberate idiom (several hundred of them); rewriting each into a guard would add branches that cannot run.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages are the point of this tool's findings (line numbers, counts, ratios). With only allowNumber
      // given, the rule's defaults also let through nullish, boolean, any and RegExp values: TODO(issue 8) make those
      // strict once the ~60 `${maybeUndefined}` interpolations (most in tests, bench and scripts) say what they print.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}`: a shorthand arrow returning void is React's everyday form, not a confusion.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `T[]` and `Array<T>`/`ReadonlyArray<T>` both read clearly; which one is a matter of taste, not a defect.
      '@typescript-eslint/array-type': 'off',
      // Escaping report output and the code-span sentinels match control characters on purpose.
      'no-control-regex': 'off',
      // A leading underscore marks a parameter or destructured element kept for its position.
      // `!a || a.left === null` on the alignment's `X | null` sides says what the domain says; `?.` would merge null and undefined.
      '@typescript-eslint/prefer-optional-chain': 'off',
      // `line || null`, `last || path`: an empty string means "absent" in these places, which `??` would change.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests, benchmarks and scripts read JSON (CLI output, reports, fixtures) whose shape the assertions check.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Defensive teardown (`browser?.close()`), typed parses (`parse(csv) as string[][]`), test oracles that use a
      // deprecated but working API (fast-xml-parser's XMLValidator), Ajv's CommonJS default export, no-op stubs and the
      // benchmark's deliberate drop of a result before measuring memory: fine outside the shipped code.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-useless-assignment': 'off',
    },
  },
  {
    // TODO(app split, issue 8): these three features import the decisions feature; the split moves what they share
    // (decision-mark, decision-logic) to src/app/shared, then this exception goes.
    files: [
      'src/app/features/aligned-view/aligned-row.tsx',
      'src/app/features/findings/findings-panel.tsx',
      'src/app/features/findings/findings-table-setup.tsx',
    ],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // TODO(issue 8, app split): findings left in the app files that the app split is rewriting right now; fix them
    // there (unhandled promises from idb-keyval, always-true guards, React's deprecated FormEvent) and delete this block.
    files: [
      'src/app/App.tsx',
      'src/app/compare-client.ts',
      'src/app/worker.ts',
      'src/app/features/aligned-view/block-preview.tsx',
      'src/app/features/aligned-view/highlight-tooltip.tsx',
      'src/app/features/decisions/use-decisions.ts',
      'src/app/features/loading/paste-dialog.tsx',
      'src/app/shared/lib/head-split.ts',
    ],
    rules: {
      '@typescript-eslint/no-floating-promises': 'warn',
      '@typescript-eslint/no-confusing-void-expression': 'warn',
      '@typescript-eslint/no-unnecessary-condition': 'warn',
      'no-useless-assignment': 'warn',
      '@typescript-eslint/no-unsafe-return': 'warn',
      '@typescript-eslint/no-deprecated': 'warn',
      '@typescript-eslint/prefer-string-starts-ends-with': 'warn',
    },
  },
  prettier,
);
