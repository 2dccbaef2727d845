/** /sitemap.xml (sitemaps.org 0.9) and /robots.txt. */
import { xmlEscape } from './atom.ts';
import { absolute, exportPaths } from './public.ts';

export interface SitemapPage {
  /** Site-relative URL: /kontakte/x/ */
  url: string;
  /** YYYY-MM-DD: when its facts were last checked. */
  lastmod?: string | undefined;
}

/** Every page once, in the given order; 404.html and anything not HTML is left out. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const page of pages) {
    if (!isPublicHtmlPage(page.url) || seen.has(page.url)) continue;
    seen.add(page.url);
    urls.push(`  <url><loc>${xmlEscape(absolute(page.url))}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''}</url>`);
  }
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** An HTML page a search engine should list: a folder URL or an .html file other than the error page. */
export function isPublicHtmlPage(url: string): boolean {
  if (/(^|\/)404\.html$/.test(url)) return false;
  return url.endsWith('/') || url.endsWith('.html');
}

export function robotsTxt(): string {
  return ['User-agent: *', 'Allow: /', '# Der Web-Editor ist keine Seite der Website.', 'Disallow: /admin/', '', `Sitemap: ${absolute(exportPaths.sitemap)}`, ''].join('\n');
}
