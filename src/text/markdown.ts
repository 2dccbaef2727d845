/**
 * The one markdown-it of the site: the content dialect (raw HTML off, https-only linkify) with
 * anchored headings, marked external links and no images.
 */
import anchor from 'markdown-it-anchor';
import { createMarkdown } from './markdown-syntax.ts';
import { germanSlug } from './slug.ts';
import { trusted, type Html } from './html.ts';
import { phoneLinks } from './phone-links.ts';

export const markdown = createMarkdown();

markdown.use(phoneLinks);

markdown.use(anchor, {
  // Entry pages have their own h1: Markdown headings start one level lower.
  level: [2, 3, 4],
  // Prefixed, so a heading like "Inhalt" never collides with the page's own ids (#inhalt).
  slugify: (text: string) => `abschnitt-${germanSlug(text)}`,
  tabIndex: false,
});

/** A link that leaves the site: any scheme-and-host form, protocol-relative ones included. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (EXTERNAL.test(href)) {
    token.attrJoin('class', 'kern-link gsn-external');
    token.attrSet('rel', 'noreferrer');
  } else {
    token.attrJoin('class', 'kern-link');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};
const defaultLinkClose = markdown.renderer.rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  // Find the matching link_open to see whether it was external.
  for (let i = idx - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === 'link_open') {
      if (EXTERNAL.test(token.attrGet('href') ?? '')) {
        return `<span class="kern-sr-only"> (externer Link)</span>${defaultLinkClose(tokens, idx, options, env, self)}`;
      }
      break;
    }
  }
  return defaultLinkClose(tokens, idx, options, env, self);
};

// Validation refuses images in bodies; should one reach the renderer anyway, only its text is shown.
markdown.renderer.rules.image = (tokens, idx, options, env, self) => self.renderInlineAsText(tokens[idx]!.children ?? [], options, env);

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
