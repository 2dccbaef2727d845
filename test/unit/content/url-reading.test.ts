/**
 * Generated variants for issue 13 §4 (tester13, hole 2): every pairing of a shown site, an opened
 * site and a trick (user name, user name and password, backslash, both) in every body link form,
 * in a link field, and behind a shortener in a Frauenhaus entry. Refused each time; the same links
 * without the trick pass.
 */
import { describe, expect, it } from 'vitest';
import { bodyLinkProblems } from '../../../src/content/body-links.ts';
import { placeLinkReason } from '../../../src/content/place-links.ts';
import { httpsUrl } from '../../../src/schema/fields.ts';
import { browserHost, deceptiveUrl } from '../../../src/schema/url-reading.ts';

const shownSites = ['www.niedersachsen.de', 'frauenhaus.example.org', 'justiz.niedersachsen.de'];
const openedSites = ['evil.example.net', 'bit.ly', 'g.page'];
const tricks: { make: (shown: string, opened: string) => string; kind: 'userinfo' | 'backslash' }[] = [
  { make: (s, o) => `https://${s}@${o}/pfad`, kind: 'userinfo' },
  { make: (s, o) => `https://${s}:passwort@${o}/`, kind: 'userinfo' },
  { make: (s, o) => `https://${o}\\@${s}/`, kind: 'backslash' },
  { make: (s, o) => `https://${o}\\\\${s}/seite`, kind: 'backslash' },
  { make: (s, o) => `//${s}@${o}/`, kind: 'userinfo' },
];
const variants = shownSites.flatMap((s) => openedSites.flatMap((o) => tricks.map((t) => ({ url: t.make(s, o), opened: o, kind: t.kind }))));

/** Markdown escapes for a URL inside a body: a backslash is written twice so it survives. */
const md = (url: string) => url.replace(/\\/g, '\\\\');
const bodies = (url: string) => [`Siehe [hier](${md(url)}).`, `Siehe [hier][a].\n\n[a]: ${md(url)}`, `Siehe <${url.startsWith('//') ? `https:${url}` : url}>.`];

describe('links that read differently in a browser (generated)', () => {
  it('finds the trick and the host a browser opens', () => {
    for (const v of variants) {
      const found = deceptiveUrl(v.url);
      expect(found, v.url).toMatchObject({ kind: v.kind });
      if (v.kind === 'userinfo' || v.url.includes('\\@')) expect(found!.host, v.url).toBe(v.opened);
    }
  });

  it('refuses every body link form with the deceptive-link rule', () => {
    for (const v of variants) {
      for (const body of bodies(v.url)) {
        const problems = bodyLinkProblems('content/pages/x.md', body, 5);
        expect(problems.map((p) => [p.rule, p.field, p.severity]), body).toEqual([['deceptive-link', '(Text)', 'error']]);
        expect(problems[0]!.message, body).toMatch(/^Der Link „.*“ enthält (?:vor „@“ einen Benutzernamen|einen umgekehrten Schrägstrich)/);
      }
    }
  });

  it('refuses them in a link field (website, url)', () => {
    for (const v of variants.filter((x) => x.url.startsWith('https:'))) {
      const result = httpsUrl.safeParse(v.url);
      expect(result.success, v.url).toBe(false);
      expect(result.error!.issues[0]!.message, v.url).toMatch(/^ist irreführend: „/);
    }
  });

  it('judges a shortener or map service by the host a browser opens', () => {
    for (const v of variants.filter((x) => x.opened !== 'evil.example.net' && (x.kind === 'userinfo' || x.url.includes('\\@')))) {
      expect(placeLinkReason(v.url), v.url).toBe('shortener');
    }
  });

  it('lets ordinary links pass: "@" in path or query, mail and phone links', () => {
    const ordinary = ['https://www.niedersachsen.de/pfad/@konto', 'https://www.example.org/suche?q=a@b.de', 'mailto:info@example.org', 'tel:+495111234567', '/kontakte/', 'https://www.example.org/'];
    for (const url of ordinary) {
      expect(deceptiveUrl(url), url).toBeUndefined();
      expect(bodyLinkProblems('content/pages/x.md', `[x](${url})`, 5), url).toEqual([]);
    }
    expect(browserHost('www.example.org/x')).toBe('www.example.org');
  });
});
