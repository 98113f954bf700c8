import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'custom-elements.json',
      'examples/node_modules/',
      'examples/*/dist/',
      'bench/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement', 'NewsElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai assertions such as expect(x).to.be.true are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      'wc/no-constructor-attributes': 'off',
    },
  },
  {
    // End-to-end tests run in Node and hand functions to the browser (page.evaluate).
    files: [
      'test/e2e/**/*.mjs',
      'examples/**/*.{js,mjs}',
      'demo/**/*.{js,mjs}',
      'scripts/**/*.mjs',
      'tools/**/*.mjs',
      'bench/*.{js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        customElements: 'readonly',
      },
    },
  },
);
