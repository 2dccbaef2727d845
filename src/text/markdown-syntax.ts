/**
 * The Markdown dialect of content bodies, in one place: the site renders with it and validation
 * judges the links and images it yields, so both always read a body the same way.
 */
import MarkdownIt from 'markdown-it';

/**
 * Longest text linkify reads from one position. linkify-it scans ahead to the end of a
 * whitespace-free run at every `https:` or `www.` it tries (an unclosed bracket, parenthesis or
 * quote in a link path; repeated hosts), so 1 MB of `[a](https://x.y/` took minutes. Validation
 * refuses runs longer than LONGEST_RUN (src/content/long-runs.ts) before parsing; this window,
 * just above it, keeps any other caller linear too without ever cutting an accepted link.
 */
export const LINKIFY_SCAN_LIMIT = 1024;

/**
 * A markdown-it parser with the site's options: raw HTML off, typographer with German quotes,
 * linkify for full URLs, e-mail addresses and `www.` addresses only. Bare domains such as
 * "leitfaden.md" stay text (".md" is also a top-level domain), and a `www.` address becomes an
 * https link, never http. Renderer rules are the caller's business.
 */
export function createMarkdown(): MarkdownIt {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  markdown.set({ quotes: '„“‚‘' });
  // Every linkify check (test, match, matchAtStart) goes through testSchemaAt: give it a window.
  const testSchemaAt = markdown.linkify.testSchemaAt.bind(markdown.linkify);
  markdown.linkify.testSchemaAt = (text, schema, pos) => testSchemaAt(text.length > pos + LINKIFY_SCAN_LIMIT ? text.slice(0, pos + LINKIFY_SCAN_LIMIT) : text, schema, pos);
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
