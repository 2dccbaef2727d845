/**
 * The reference the benchmark compares against: bare Eleventy 3 rendering the same Markdown files
 * with a minimal layout, then the Pagefind CLI over its output. Nothing of ours runs in it.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function prepareBareProject(contentDir: string, projectDir: string): void {
  const input = path.join(projectDir, 'src');
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  for (const type of ['initiatives', 'networks', 'materials', 'contacts']) {
    cpSync(path.join(contentDir, type), path.join(input, type), { recursive: true });
  }
  writeFileSync(
    path.join(input, '_includes', 'base.njk'),
    '<!DOCTYPE html>\n<html lang="de">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body>\n<main data-pagefind-body>\n<h1>{{ title }}</h1>\n<p>{{ summary }}</p>\n{{ content | safe }}\n</main>\n</body>\n</html>\n',
  );
  writeFileSync(path.join(input, 'src.json'), JSON.stringify({ layout: 'base.njk' }));
  writeFileSync(
    path.join(projectDir, 'eleventy.config.mjs'),
    'export default function (eleventyConfig) { eleventyConfig.setQuietMode(true); }\nexport const config = { dir: { input: "src", output: "_site" }, markdownTemplateEngine: false };\n',
  );
}
