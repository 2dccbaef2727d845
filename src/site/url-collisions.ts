/**
 * Two pages of the site on one address: Eleventy would stop with an English stack trace ("Output
 * conflict"), the preview would show one of them. Content files are refused before (a slug on a
 * fixed address: ../content/reserved-address.ts); what is left are the pages a vocabulary id
 * makes (/regionen/<id>/, /hilfe/<id>/, /themen/<id>/ …: outside tester, session 17, region
 * "finden" took /hilfe/finden/). Checked on the page list itself (`allPages`), so a page type
 * added later is covered without a second list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allPages, pageDefinitions, type SitePage } from '../../_includes/pages/index.ts';
import type { PageDefinition } from '../../_includes/pages/page-type.ts';
import type { ContentGraph } from '../content/index.ts';
import { displayPath } from '../content/content-reader.ts';
import type { Problem } from '../content/problems.ts';

/** Where a page comes from, for the message: a vocabulary entry, a content file, or the site itself. */
interface PageSource {
  /** "die Region „finden“", "der Eintrag „…“", "die feste Seite" */
  what: string;
  file?: string;
  line?: number;
  field?: string;
}

/**
 * Errors for every address two pages of `graph` share, each on the vocabulary entry or content
 * file that makes one of them (`contentRoot`: the content folder, for the vocabulary files and
 * their lines). Empty when every address is unique. Reads the vocabulary files only when there
 * is a collision.
 */
export function urlCollisionProblems(graph: ContentGraph, contentRoot: string): Problem[] {
  const first = new Map<string, SitePage>();
  const problems: Problem[] = [];
  const reported = new Set<string>();
  // The finder's thousands of pages lie in folders of their own (/hilfe/plz/29221/): no content
  // makes an address there, but a page on the folder itself would sit among them (region "plz").
  const folders = new Map(pageDefinitions.filter((definition) => definition.vocabularyOnly).map((definition) => [folderOf(definition, graph), definition.name]));
  // The further pages of long lists lie below their list's page (`below`): measuring them renders the lists (0.1 s of every validation).
  for (const page of allPages(graph, (definition) => !definition.vocabularyOnly && !definition.below)) {
    if (folders.has(page.url) && !reported.has(page.url)) {
      reported.add(page.url);
      const mine = sourceOf(page, graph, contentRoot);
      problems.push({
        severity: 'error',
        file: mine.file ?? displayPath(contentRoot),
        line: mine.line ?? 1,
        field: mine.field ?? '',
        message: `${capital(mine.what)} bekäme die Adresse ${page.url}, den Ordner, in dem die Website die Seiten der Postleitzahl- und Ortssuche ablegt.`,
        suggestion: mine.field === 'id' ? 'eine andere Kennung wählen (z. B. mit dem Ort oder der Art davor) und die Verweise darauf anpassen' : 'einen anderen Dateinamen wählen',
        rule: 'address-taken',
      });
    }
    const earlier = first.get(page.url);
    if (!earlier) {
      first.set(page.url, page);
      continue;
    }
    if (reported.has(page.url)) continue;
    reported.add(page.url);
    const [mine, other] = [sourceOf(page, graph, contentRoot), sourceOf(earlier, graph, contentRoot)].sort((a, b) => Number(!a.file) - Number(!b.file));
    problems.push({
      severity: 'error',
      file: mine!.file ?? displayPath(contentRoot),
      line: mine!.line ?? 1,
      field: mine!.field ?? '',
      message: `${capital(mine!.what)} bekäme die Adresse ${page.url}, ${other!.file ? `die schon ${other!.what} hat` : 'auf der die Website schon eine eigene Seite hat'}.`,
      suggestion: mine!.field === 'id' ? 'eine andere Kennung wählen (z. B. mit dem Ort oder der Art davor) und die Verweise darauf anpassen' : 'einen anderen Dateinamen wählen',
      rule: 'address-taken',
    });
  }
  return problems;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The folder a page type's pages lie in: its address for an item whose key is a placeholder, cut before the placeholder. */
function folderOf(definition: PageDefinition, graph: ContentGraph): string {
  const probe = definition.url({ key: '\u0000', id: '\u0000' } as never, graph);
  return probe.slice(0, probe.indexOf('\u0000'));
}

function sourceOf(page: SitePage, graph: ContentGraph, contentRoot: string): PageSource {
  const item = page.item as { id?: string; region?: { id: string }; file?: string; title?: string } | undefined;
  const region = graph.regions.find((r) => r === item || r === item?.region);
  if (region) return vocabularySource(contentRoot, 'regions.yml', 'die Region', region.id);
  const topic = graph.topics.find((t) => t === item);
  if (topic) return vocabularySource(contentRoot, 'topics.yml', 'das Thema', topic.id);
  if (item?.file) return { what: `der Eintrag „${item.title ?? item.file}“`, file: item.file };
  return { what: 'die Website selbst' };
}

/** The vocabulary entry `id` of `name` in the content folder, with the line of its id (1 when not found). */
function vocabularySource(contentRoot: string, name: string, what: string, id: string): PageSource {
  const abs = path.join(contentRoot, 'vocabularies', name);
  let line = 1;
  try {
    const lines = readFileSync(abs, 'utf8').split('\n');
    const at = lines.findIndex((text) => new RegExp(`^\\s*(?:-\\s*)?id:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(?:#.*)?$`).test(text));
    if (at >= 0) line = at + 1;
  } catch {
    // unreadable now: the message still names the file
  }
  return { what: `${what} „${id}“`, file: displayPath(abs), line, field: 'id' };
}
