// ESLint (flat config) with typescript-eslint's recommended rules; formatting is Prettier's job
// (eslint-config-prettier turns the overlapping rules off). Run by `npm run lint` in `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '_site/', '_site.tmp/', 'test/fixtures/', 'schemas/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Eleventy's configuration API has no types (src/types/eleventy.d.ts).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The input checks match control and invisible characters on purpose (src/schema/fields.ts, src/text/html.ts).
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // German typography: templates and texts carry non-breaking and narrow spaces on purpose.
      'no-irregular-whitespace': 'off',
      // Tests match runs of spaces in generated text literally.
      'no-regex-spaces': 'off',
    },
  },
  // Browser scripts are ES modules that esbuild bundles (src/site/assets/client-scripts.ts).
  { files: ['src/client/**/*.js'], languageOptions: { globals: { ...globals.browser }, sourceType: 'module' } },
);
