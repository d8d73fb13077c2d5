// typescript-eslint strict, type-aware; the test command runs it with --max-warnings 0.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'static/*/build/**', '**/*.js', '**/*.mjs'] },
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
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@forge/*', '**/platform/**', '**/app/**', '**/resolvers/**', '**/triggers/**'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain takes time as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain takes time as a parameter.' },
      ],
    },
  },
);
