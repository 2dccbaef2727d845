/**
 * Test pages for every language whose translated pages are not written yet (the page texts come
 * from the translators, content/translations/<lang>/*.md): built from that language's own string
 * table, so they are in the right script and direction and carry the phone numbers. Existing
 * pages are left alone: once a translation is committed, the tests check the real text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { languages, translatedPages } from '../../src/i18n/languages.ts';

/** The translated pages (`<lang>/<slug>.md`) a content folder lacks: what writeTranslationProbes would write. */
export function missingTranslations(contentDir: string): string[] {
  const missing: string[] = [];
  for (const { code } of languages) {
    const dir = path.join(contentDir, 'translations', code);
    if (!existsSync(path.join(dir, 'strings.yml'))) continue;
    for (const slug of Object.keys(translatedPages)) if (!existsSync(path.join(dir, `${slug}.md`))) missing.push(`${code}/${slug}.md`);
  }
  return missing;
}

export function writeTranslationProbes(contentDir: string): string[] {
  const written: string[] = [];
  for (const { code } of languages) {
    const dir = path.join(contentDir, 'translations', code);
    const stringsFile = path.join(dir, 'strings.yml');
    if (!existsSync(stringsFile)) continue;
    const ui = load(readFileSync(stringsFile, 'utf8')) as Record<string, string>;
    for (const [slug, page] of Object.entries(translatedPages)) {
      const file = path.join(dir, `${slug}.md`);
      if (existsSync(file)) continue;
      const title = slug === 'start' ? ui.emergency_box_title : slug === 'hilfe' ? ui.help_title : ui.nav_safety;
      const text = [
        '---',
        `lang: ${code}`,
        `translation_of: ${page.translationOf}`,
        `title: "${title}"`,
        `summary: "${ui.help_region_summary!.replace('{region}', 'Niedersachsen')}"`,
        '---',
        '',
        `**${ui.emergency_lead} ${ui.emergency_police}: 110.**`,
        '',
        `## ${ui.emergency_helpline}`,
        '',
        `${ui.emergency_box_helpline}: 116 016. ${ui.not_reviewed_text}`,
        '',
        `- [${ui.nav_help}](/${code}/hilfe/)`,
        `- [${ui.nav_safety}](/${code}/sicherheit/)`,
        '',
      ].join('\n');
      writeFileSync(file, text);
      written.push(`${code}/${slug}.md`);
    }
  }
  return written;
}
