// typescript-eslint strict, type-aware; the test command runs it with --max-warnings 0.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', '.tmp/**', 'static/build/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-non-null-assertion': 'off', // typed-array and tuple indexing under noUncheckedIndexedAccess
    },
  },
  {
    // Only platform code talks to Forge; the layers above reach it through src/platform.
    files: ['src/app/**/*.ts', 'src/triggers/**/*.ts', 'src/resolvers/**/*.ts', 'src/contract/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@forge/*'], message: 'Only src/platform imports @forge/*.' }] },
      ],
    },
  },
  {
    // Platform code may use domain types, never domain rules, and nothing above it.
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/resolvers/**', '**/triggers/**'] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@forge/*', '**/platform/**', '**/app/**', '**/resolvers/**', '**/triggers/**'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain takes time as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain takes time as a parameter.',
        },
      ],
    },
  },
  {
    // The Custom UI: its own tsconfig (DOM, JSX); only pre-compiled Atlaskit entry points (emotion-styled
    // ones break under Forge's CSP) and the shared contract through its alias.
    files: ['static/**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { project: './static/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@atlaskit/button', message: 'Use @atlaskit/button/new (pre-compiled).' },
            { name: '@atlaskit/primitives', message: 'Use @atlaskit/primitives/compiled.' },
          ],
          patterns: [
            { group: ['@emotion/*'], message: 'Emotion styles break under Forge CSP.' },
            { group: ['**/src/**'], message: 'Import the contract through @contract/*.' },
            {
              group: ['zod', '@contract/**/*-payloads'],
              allowTypeImports: true,
              message: 'Zod stays out of the browser (its probes eval, which Forge’s CSP refuses): import types only.',
            },
          ],
        },
      ],
    },
  },
);
