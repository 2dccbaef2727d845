/**
 * Writes the web editor to /admin/ after each build: index.html, the configuration generated
 * from the schemas (config.yml), the self-hosted Sveltia CMS script and its locale, fonts and
 * licences (src/admin/). /admin/ is no page of the site: not in the sitemap, not in the search
 * index, disallowed in robots.txt; netlify.toml gives it its own headers.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderCmsConfig } from '../../admin/cms-config.ts';
import { adminHtml, answerFiles, copiedFiles, patchedScript, prefsScript } from '../../admin/sveltia-files.ts';
import type { Vocabularies } from '../../schema/json-schema.ts';
import type { SiteBuild } from './site-build.ts';
import { site, sitePaths } from '../../text/site.ts';

export function writeAdmin(outDir: string, vocab: Vocabularies): void {
  const dir = path.join(outDir, sitePaths.admin);
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('index.html', adminHtml(`Redaktion – ${site.name}`));
  write('config.yml', renderCmsConfig(vocab));
  write('prefs.js', prefsScript);
  write('sveltia-cms.js', patchedScript());
  for (const file of answerFiles()) write(file.to, file.text);
  for (const file of copiedFiles()) {
    mkdirSync(path.dirname(path.join(dir, file.to)), { recursive: true });
    copyFileSync(file.from, path.join(dir, file.to));
  }
}

export default function adminPlugin(eleventyConfig: any, { graph }: SiteBuild): void {
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    const { regions, topics } = graph;
    writeAdmin(directories.output, { regions, topics });
  });
}
