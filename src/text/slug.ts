/**
 * The one slug of German text for addresses and ids (@sindresorhus/slugify, MIT): umlauts
 * spelled out, "&" read as "und". `extra` adds replacements (the scaffold reads "§" as
 * "paragraf"). Used for new file names (src/content/scaffold.ts), "did you mean" ids
 * (src/content/suggest.ts) and heading anchors (src/text/markdown.ts).
 */
import slugify from '@sindresorhus/slugify';

export function germanSlug(text: string, extra: readonly [string, string][] = []): string {
  return slugify(text, { customReplacements: [['&', ' und '], ...extra] });
}
