/**
 * The one markdown-it of the site: raw HTML off (content can never inject markup), headings
 * anchored, external links marked. Entry bodies are rendered once and cached on the entry.
 */
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import slugify from '@sindresorhus/slugify';
import { trusted, type Html } from './html.ts';
import { phoneLinks } from './phone-links.ts';

export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
markdown.set({ quotes: '„“‚‘' });

markdown.use(phoneLinks);

markdown.use(anchor, {
  // Entry pages have their own h1: Markdown headings start one level lower.
  level: [2, 3, 4],
  // Prefixed, so a heading like "Inhalt" never collides with the page's own ids (#inhalt).
  slugify: (text: string) => `abschnitt-${slugify(text, { customReplacements: [['&', ' und ']] })}`,
  tabIndex: false,
});

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:\/\//.test(href)) {
    token.attrJoin('class', 'kern-link gsn-external');
    token.attrSet('rel', 'noreferrer');
  } else {
    token.attrJoin('class', 'kern-link');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};
const defaultLinkClose =
  markdown.renderer.rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  // Find the matching link_open to see whether it was external.
  for (let i = idx - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === 'link_open') {
      if (/^https?:\/\//.test(token.attrGet('href') ?? '')) {
        return `<span class="kern-sr-only"> (externer Link)</span>${defaultLinkClose(tokens, idx, options, env, self)}`;
      }
      break;
    }
  }
  return defaultLinkClose(tokens, idx, options, env, self);
};

// Tables scroll inside their own box on phones instead of widening the page (focusable for keyboards).
markdown.renderer.rules.table_open = () => '<section class="gsn-table-scroll" tabindex="0" aria-label="Tabelle"><table>\n';
markdown.renderer.rules.table_close = () => '</table></section>\n';

/**
 * Renders an entry's body. Only its own page shows it, and each page is rendered once per
 * build, so nothing is cached: a cache would hold every body until the build ends (some
 * 100 MB at 20,000 entries).
 */
export function renderBody(entry: { body: string }): Html {
  return trusted(markdown.render(entry.body));
}
