// Frontmatter checks in the editor: VS Code's remark extension (unifiedjs.vscode-remark) reads
// this file and underlines frontmatter fields that break the JSON Schemas in schemas/ (generated
// from src/schema/ by `npm run schemas`). Only the frontmatter is checked; Markdown style is not
// linted, and nothing is reformatted. The full check (references, files, phone numbers, dates)
// stays `npm run validate`.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './schemas/initiatives.schema.json': ['content/initiatives/*.md'],
          './schemas/networks.schema.json': ['content/networks/*.md'],
          './schemas/materials.schema.json': ['content/materials/*.md'],
          './schemas/contacts.schema.json': ['content/contacts/*.md'],
          './schemas/pages.schema.json': ['content/pages/*.md'],
        },
      },
    ],
  ],
};
