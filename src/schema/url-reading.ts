/**
 * A URL as the browser reads it (WHATWG URL, `new URL()`), not as an editor or a pattern reads it.
 * `https://bit.ly\@frauenhaus.de/` opens bit.ly (a backslash is a slash in http(s) URLs);
 * `https://www.niedersachsen.de@evil.example.net/` opens evil.example.net (all before `@` is a
 * user name). Both are phishing forms: a link that shows one site and opens another. Every link the
 * site publishes (link fields, body links of any form) is refused when it has either; the shelter
 * guard judges hosts with `browserHost` so a shortener or map behind such a trick is still found.
 */

/** Why `url` reads differently in a browser: a user-info part before `@`, or a backslash before the query. */
export interface DeceptiveUrl {
  kind: 'userinfo' | 'backslash';
  /** The host the browser would open, lower case ("" when the URL cannot be parsed). */
  host: string;
}

/**
 * The host `url` (with or without scheme) opens in a browser: lower case, no trailing dot, or
 * undefined when WHATWG URL cannot parse it. Without scheme, https:// is assumed.
 */
export function browserHost(url: string): string | undefined {
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
    return new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/**
 * Whether the http(s) URL `url` hides where it leads: a user-info part (`user@host`,
 * `user:pw@host`, also written `%40` or after a backslash) or a backslash in authority or path.
 * Only http(s) and scheme-less `//host` links are judged; mailto:, tel: and site paths have no host to hide.
 */
export function deceptiveUrl(url: string): DeceptiveUrl | undefined {
  const target = url.trim();
  if (!/^(?:https?:)?[\\/]{2}/i.test(target)) return undefined;
  const beforeQuery = target.split(/[?#]/, 1)[0]!;
  let host = '';
  let userinfo = false;
  try {
    const parsed = new URL(target.startsWith('/') || target.startsWith('\\') ? `https:${target}` : target);
    host = parsed.hostname.toLowerCase();
    userinfo = parsed.username !== '' || parsed.password !== '';
  } catch {
    // Unparsable: the https rule reports it; a backslash or `@` in it is still named below.
  }
  // A Markdown renderer writes a backslash into an href as `%5C`: in the authority it is the same trick.
  const authority = /^(?:https?:)?[\\/]{2}([^/?#]*)/i.exec(beforeQuery)?.[1] ?? '';
  if (beforeQuery.includes('\\') || /%5c/i.test(authority)) return { kind: 'backslash', host };
  if (userinfo) return { kind: 'userinfo', host };
  return undefined;
}

/** The German message (after the URL is named: "Der Link „…“ …") and fix for a deceptive `url`. */
export function deceptiveUrlText(url: string, found: DeceptiveUrl): { message: string; suggestion: string } {
  const opens = found.host ? `; ein Browser öffnet „${found.host}“` : '';
  const message =
    found.kind === 'backslash'
      ? `„${shorten(url)}“ enthält einen umgekehrten Schrägstrich (\\), den ein Browser als „/“ liest${opens}`
      : `„${shorten(url)}“ enthält vor „@“ einen Benutzernamen; ein Browser öffnet nur, was nach „@“ steht${found.host ? ` („${found.host}“)` : ''}`;
  return { message, suggestion: 'die Adresse so eintragen, wie sie in der Adresszeile des Browsers steht: https://, der Name der Website, dann der Pfad mit „/“ – ohne „@“ davor und ohne „\\“' };
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
