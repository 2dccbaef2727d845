/**
 * The Markdown dialect of content bodies, in one place: the site renders with it and validation
 * judges the links and images it yields, so both always read a body the same way.
 */
import MarkdownIt from 'markdown-it';

/**
 * A markdown-it parser with the site's options: raw HTML off, typographer with German quotes,
 * linkify for full URLs, e-mail addresses and `www.` addresses only. Bare domains such as
 * "leitfaden.md" stay text (".md" is also a top-level domain), and a `www.` address becomes an
 * https link, never http. Renderer rules are the caller's business.
 */
export function createMarkdown(): MarkdownIt {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  markdown.set({ quotes: '„“‚‘' });
  markdown.linkify
    .set({ fuzzyLink: false })
    // "//host/…" is not a link of its own: it would take the reader's scheme.
    .add('//', null)
    .add('www.', {
      validate(text, pos, self) {
        const tail = text.slice(pos);
        const re = ((self.re as { www?: RegExp }).www ??= new RegExp(`^${self.re.src_host_port_strict}${self.re.src_path}`, 'i'));
        const match = re.exec(tail);
        return match ? match[0].length : 0;
      },
      normalize(match) {
        match.url = `https://${match.url}`;
      },
    });
  return markdown;
}
