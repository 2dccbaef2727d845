/**
 * The one-way house (docs/architecture.md): no import cycle, and every import points down the
 * layers  schema → text → content → exports → render (_includes/) → outputs (src/site, src/admin,
 * src/bench, scripts). Checked by `npm run lint:deps` in `npm test`. No exceptions.
 */
const layers = {
  schema: '^src/schema/',
  text: '^src/text/',
  content: '^src/(content|geo)/',
  exports: '^src/exports/',
  render: '^_includes/',
};
const above = (...paths) => paths.join('|');
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the layers only point down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-points-down',
      severity: 'error',
      comment: 'src/schema/ is the lowest layer: it imports no other part of the project.',
      from: { path: layers.schema },
      to: { path: above('^src/(content|geo|text|exports|site|admin|bench|client)/', '^_includes/', '^scripts/', '^test/') },
    },
    {
      name: 'content-points-down',
      severity: 'error',
      comment: 'Content (load, validate, resolve) imports only the schema and the text helpers.',
      from: { path: layers.content },
      to: { path: above('^src/(exports|site|admin|bench|client)/', '^_includes/', '^scripts/', '^test/') },
    },
    {
      name: 'text-points-down',
      severity: 'error',
      comment: "The text helpers (HTML, Markdown, German formats, the site's names) import only the schema.",
      from: { path: layers.text },
      to: { path: above('^src/(content|geo|exports|site|admin|bench|client)/', '^_includes/', '^scripts/', '^test/') },
    },
    {
      name: 'exports-point-down',
      severity: 'error',
      comment: 'The serialisers (JSON, JSON-LD, vCard, CSV, HSDS, Atom, sitemap) are pure: no templates, no build.',
      from: { path: layers.exports },
      to: { path: above('^src/(site|admin|bench|client)/', '^_includes/', '^scripts/', '^test/') },
    },
    {
      name: 'render-points-down',
      severity: 'error',
      comment: 'Templates and the page registry (_includes/) import only what is below them; only the output adapters import them.',
      from: { path: layers.render },
      to: { path: above('^src/(site|admin|bench|client)/', '^scripts/', '^test/') },
    },
    {
      name: 'code-not-from-tests',
      severity: 'error',
      comment: 'Code never imports the tests.',
      from: { path: '^(src|_includes|scripts)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-entry-points',
      severity: 'error',
      comment: 'Scripts and the root Eleventy configuration are entry points: nothing imports them.',
      from: { pathNot: '^scripts/' },
      to: { path: above('^scripts/', '^eleventy\\.config\\.ts$') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|_site|test/fixtures)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
  },
};
