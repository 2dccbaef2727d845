/**
 * The Markdown of translated pages (content/translations/<lang>/*.md): the content dialect of
 * the site (raw HTML off), anchored headings, and phone numbers as call links in any language:
 * 110, 112 and the 116 numbers wherever they stand (the German renderer links 110 only after a
 * German word such as "Polizei"). Numbers are isolated left-to-right (`dir="ltr"`), so "116 016"
 * keeps its order inside Arabic or Persian text.
 */
import anchor from 'markdown-it-anchor';
import slugify from '@sindresorhus/slugify';
import { createMarkdown } from '../text/markdown-syntax.ts';
import { escapeHtml, trusted, type Html } from '../text/html.ts';

const NUMBER = /(?<![\d\p{L}])(?:116[ \u00a0]?\d{3}|11[02])(?![\d\p{L}])/gu;

export const translationMarkdown = createMarkdown();

translationMarkdown.use(anchor, {
  level: [2, 3, 4],
  // Non-Latin headings slug to nothing: a counter keeps the ids unique and ASCII.
  slugify: (text: string) => `abschnitt-${slugify(text) || 'x'}`,
  tabIndex: false,
});

translationMarkdown.core.ruler.push('phone_links_any_language', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out: typeof block.children = [];
    let inLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') inLink++;
      if (token.type === 'link_close') inLink--;
      if (token.type !== 'text' || inLink > 0 || !NUMBER.test(token.content)) {
        out.push(token);
        continue;
      }
      NUMBER.lastIndex = 0;
      const html = new state.Token('html_inline', '', 0);
      html.content = phoneLinked(token.content).value;
      out.push(html);
    }
    block.children = out;
  }
});

const defaultLinkOpen = translationMarkdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
translationMarkdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrJoin('class', 'kern-link');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
translationMarkdown.renderer.rules.image = (tokens, idx, options, env, self) => self.renderInlineAsText(tokens[idx]!.children ?? [], options, env);

/** A translated page's body as HTML. */
export function renderTranslation(body: string): Html {
  return trusted(translationMarkdown.render(body));
}

/**
 * Plain text (a string table's value) escaped, with 110, 112 and 116 xxx as left-to-right call
 * links.
 */
export function phoneLinked(text: string): Html {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    out += escapeHtml(text.slice(last, match.index));
    out += `<a class="kern-link" href="tel:${match[0].replace(/\D/g, '')}" dir="ltr">${escapeHtml(match[0].replace(' ', '\u00a0'))}</a>`;
    last = match.index + match[0].length;
  }
  return trusted(out + escapeHtml(text.slice(last)));
}
