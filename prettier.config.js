/**
 * Prettier in the style of the Astro repositories (single quotes, 100 columns), but with the
 * 2-space indentation and semicolons this code base already uses, so the one formatting commit
 * stays a reflow and not a rewrite of every line.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  // Must mirror `compressHTML` in astro.config.mjs (true = 'html'). With the plugin's default
  // ('jsx') it moves the text of short links and buttons onto lines of their own, which under
  // HTML whitespace rules puts visible spaces inside them (tests/unit/format-config.test.ts).
  astroCompressHTML: 'html',
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // Code blocks in the docs are quoted verbatim: docs/redactie.md shows exactly what
    // `npm run new` writes (tests/unit/docs.test.ts), double quotes included.
    { files: ['*.md', '*.mdx'], options: { embeddedLanguageFormatting: 'off' } },
  ],
};
