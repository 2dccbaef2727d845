/**
 * What a body may link to and show: every link form markdown-it knows (inline, reference,
 * autolink, linkified URL) and every image, judged on the parsed tokens rather than on the
 * text, so no spelling of a link escapes the rule.
 */
import type { Token } from 'markdown-it';
import { parseBody, type ParsedBody } from './body-tokens.ts';
import type { Problem } from './problems.ts';
import { deceptiveUrl, deceptiveUrlText } from '../schema/url-reading.ts';

/** Links the site publishes: https to other sites, mail, phone, and paths on this site. */
type LinkVerdict = { ok: true } | { ok: false; rule: string; message: string; suggestion: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Judges a link target as written in a body. */
export function judgeLink(href: string): LinkVerdict {
  const target = href.trim();
  if (target.startsWith('//') && !deceptiveUrl(target)) {
    return {
      ok: false,
      rule: 'protocol-relative-link',
      message: `Der Link „${shorten(target)}“ nennt kein https:`,
      suggestion: `den Link vollständig schreiben: https:${shorten(target)}`,
    };
  }
  // Before every other rule: `https://a.de@b.de` and `https://a.de\\@b.de` look like one site and open another.
  const deceptive = deceptiveUrl(target);
  if (deceptive) {
    const text = deceptiveUrlText(target, deceptive);
    return { ok: false, rule: 'deceptive-link', message: `Der Link ${text.message}`, suggestion: text.suggestion };
  }
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  // "https:evil.example.net": the page resolves it below its own address, the open data as another site (outside tester, session 17).
  if (scheme === 'https' && !/^https:\/\/(?![\\/])/i.test(target)) {
    return {
      ok: false,
      rule: 'incomplete-link',
      message: /^https:[\\/]{3}/i.test(target) ? `Der Link „${shorten(target)}“ hat nach „https:“ mehr als zwei Schrägstriche` : `Dem Link „${shorten(target)}“ fehlen die zwei Schrägstriche nach „https:“`,
      suggestion: `den Link vollständig schreiben: https://${shorten(target.slice(6).replace(/^[\\/]+/, ''))}`,
    };
  }
  if (scheme === undefined || scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return { ok: true };
  if (scheme === 'http') {
    return {
      ok: false,
      rule: 'insecure-link',
      message: `Der Text enthält einen unsicheren http-Link („${shorten(target)}“)`,
      suggestion: 'den Link mit https:// schreiben',
    };
  }
  return {
    ok: false,
    rule: 'unsafe-link',
    message: `Der Text enthält einen Link mit unsicherem Schema (${scheme}:)`,
    suggestion: 'nur Links mit https://, mailto: oder tel: verwenden',
  };
}

/**
 * Bodies show no images. One from another origin is a tracking pixel that tells that site about
 * every visit, even where the CSP would block it; and the site publishes no image files of its
 * own (only the files of materials), so a local one would be a broken picture.
 */
export function judgeImage(src: string): LinkVerdict {
  const target = src.trim();
  const foreign = target.startsWith('//') || SCHEME.test(target);
  const embedded = /^data:/i.test(target);
  return {
    ok: false,
    rule: foreign ? 'remote-image' : 'image-in-body',
    message: embedded
      ? `Das Bild „${shorten(target)}“ ist in den Text eingebettet; der Text kann keine Bilder zeigen`
      : foreign
        ? `Das Bild „${shorten(target)}“ käme von einer anderen Website; das verrät jeden Besuch an diese Website`
        : `Das Bild „${shorten(target)}“ wird nicht veröffentlicht; der Text kann keine Bilder zeigen`,
    suggestion: 'das Bild entfernen; ein Dokument als Material anlegen (content/materials/) und darauf verlinken',
  };
}

/**
 * Every link and image of a body that the site must not publish.
 * @param file project-relative path, for the problem
 * @param body the Markdown body
 * @param bodyLine 1-based line of the body's first line in the file
 * @param parsed the body as parsed for all checks (./body-tokens.ts), parsed here if not given
 */
export function bodyLinkProblems(file: string, body: string, bodyLine: number, parsed: ParsedBody = parseBody(body)): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  const { tokens } = parsed;
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    for (const token of block.children) {
      const verdict = token.type === 'link_open' ? judgeLink(token.attrGet('href') ?? '') : token.type === 'image' ? judgeImage(token.attrGet('src') ?? '') : undefined;
      if (!verdict || verdict.ok) continue;
      const line = lineOf(token, block, lines);
      problems.push({ severity: 'error', file, line: bodyLine + line, field: '(Text)', message: verdict.message, suggestion: verdict.suggestion, rule: verdict.rule });
    }
  }
  return problems;
}

/** 0-based body line of a link: the first line of its paragraph that names it, else the paragraph's first. */
function lineOf(token: Token, block: Token, lines: string[]): number {
  const [start, end] = block.map ?? [0, 1];
  const target = (token.attrGet('href') ?? token.attrGet('src') ?? '').trim();
  const candidates = [target, safeDecode(target), target.replace(/^[a-z]+:(\/\/)?/i, '')].filter((c) => c.length > 0);
  const find = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (candidates.some((c) => lines[i]!.includes(c))) return i;
    return undefined;
  };
  // A reference link's target stands in its definition, which may be anywhere in the body.
  return find(start, end) ?? find(0, lines.length) ?? start;
}

/** `text` with its percent-escapes decoded (`decodeURI`), or unchanged when they do not decode. */
export function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
