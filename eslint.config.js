// @ts-check
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', 'bench-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Security: no dynamic code and no HTML strings anywhere (README "Security").
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Preact or textContent; page data is hostile.' },
        { property: 'outerHTML', message: 'Build DOM with Preact or textContent; page data is hostile.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with Preact or textContent; page data is hostile.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Every user-visible word comes from the message catalogue (public/_locales/en/messages.json,
    // README "Languages"): JSX text and the attributes people read or hear may hold no literal.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['^aria-label$', '^aria-description$', '^aria-valuetext$', '^title$', '^placeholder$', '^alt$', '^label$'] },
          'should-validate-template': true,
          // Not words: punctuation, symbols and spaces between values, and camelCase identifiers.
          words: { exclude: ['^[\\s0-9!-/:-@[-`{-~▲▼↕✕…·–—×]*$', '^[a-z]+([A-Z][a-z0-9]*)+$', '^\\p{Emoji}+$'] },
          callees: { exclude: ['^t$', '^tp$', '^tParts$', 'header', 'send', 'includes', 'startsWith', 'endsWith', 'addEventListener', 'removeEventListener', 'getElementById', 'querySelector'] },
          message: 'User-visible text comes from the catalogue: add it to public/_locales/en/messages.json and read it with t().',
        },
      ],
    },
  },
);
