import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'test/artifacts/', 'web/vite.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The claim checker reads the store through metrics/ only: never the sources, the server or the CLI.
    files: ['src/claims/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/sources/**', '**/cli/**', '**/store/build*', '**/store/bulk*'] }] },
  },
  {
    // The measures module shares series access with the checker through metrics/, and never imports the checker.
    files: ['src/measures/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/claims/**', '**/server/**', '**/cli/**'] }] },
  },
  {
    // Tests read deep into JSON answers.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The dashboard talks to the API only.
    files: ['web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/src/server/**', '**/src/store/**', '**/src/claims/**', '**/src/metrics/**', '**/src/sources/**', '@duckdb/*'] }] },
  },
  {
    files: ['bin/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
);
