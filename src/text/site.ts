/** Site-wide settings and navigation: one place for names, URLs and the neutral exit target. */
export const site = {
  name: 'Gewaltschutz-Netz Niedersachsen',
  tagline: 'Zusammenarbeit gegen häusliche Gewalt – Initiativen, Netzwerke, Materialien und Hilfe in Niedersachsen',
  publisher: 'Koordinationsprojekt Häusliche Gewalt beim Landespräventionsrat Niedersachsen',
  /** The same in the genitive, for "ein Angebot des …". */
  publisherGenitive: 'Koordinationsprojekts Häusliche Gewalt beim Landespräventionsrat Niedersachsen',
  /** Absolute origin for canonical URLs, feeds and exports; Netlify sets URL in its builds. */
  url: (process.env.SITE_URL ?? process.env.URL ?? 'https://www.gewaltschutz-netz-niedersachsen.de').replace(/\/$/, ''),
  /** Where "Seite verlassen" goes: a neutral, everyday page. */
  exitUrl: 'https://www.google.de/',
  lang: 'de',
};

/**
 * Folders the build writes besides the pages (site-relative). The code that writes them takes
 * the path from here, and the reserved addresses (./reserved.ts) are derived from it.
 */
export const sitePaths = {
  /** Stylesheet, fonts, client scripts, favicon (src/site/eleventy/assets.ts). */
  assets: '/assets/',
  /** Pagefind's index (./eleventy/per-build.ts). */
  searchIndex: '/pagefind/',
  /** Files of published materials (content/resolve.ts, ./eleventy/downloads.ts). */
  downloads: '/materialien/dateien/',
  /** The web editor (./eleventy/admin.ts); netlify.toml gives it headers of its own. */
  admin: '/admin/',
} as const;

export const mainNav = [
  { href: '/hilfe/', label: 'Hilfe finden' },
  { href: '/initiativen/', label: 'Initiativen' },
  { href: '/netzwerke/', label: 'Netzwerke' },
  { href: '/materialien/', label: 'Materialien' },
  { href: '/kontakte/', label: 'Kontakte' },
  { href: '/regionen/', label: 'Regionen' },
  { href: '/themen/', label: 'Themen' },
];

export const footerNav = [
  { href: '/ueber-uns/', label: 'Über uns' },
  { href: '/sicherheit/', label: 'Sicher surfen' },
  { href: '/leichte-sprache/', label: 'Leichte Sprache' },
  { href: '/barrierefreiheit/', label: 'Barrierefreiheit' },
  { href: '/daten/', label: 'Offene Daten' },
  { href: '/datenschutz/', label: 'Datenschutz' },
  { href: '/impressum/', label: 'Impressum' },
];

/** The regular Latin face (src/site/eleventy/fonts.ts): needed by every page's first paint, so it is preloaded. */
export const preloadFont = '/assets/fonts/fira-sans-400-latin.woff2';

/** The Arabic-script faces (ar, fa), linked only by pages in those languages. */
export const ARABIC_SCRIPT_CSS = `${sitePaths.assets}arabic.css`;
