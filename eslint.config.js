import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Also what a mutation run leaves (its sandboxes, after an interrupted run, and its reports).
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'sandbox-out/**',
      '.stryker-tmp*/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript (scripts, configs) runs on Node.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'Buffer',
          'setTimeout',
          'clearTimeout',
          'globalThis',
          'require',
          'module',
        ].map((name) => [name, name === 'module' ? 'writable' : 'readonly']),
      ),
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
);
