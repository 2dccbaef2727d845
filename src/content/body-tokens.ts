/**
 * A Markdown body parsed once, for every check that reads it: the link rules (./body-links.ts)
 * and the shelter guard (./shelter-guard.ts). Parsing is the dear part (markdown-it needs about
 * 1.5 s for 1 MB of pathological Markdown such as `[1` × 500,000); each check used to parse on
 * its own.
 *
 * The parser has the site's content dialect (./markdown-syntax.ts) and accepts every link
 * target, so the link rules can judge a `javascript:` link that the site would show as text; the
 * guard reads such a link's text and target all the same.
 */
import type { Token } from 'markdown-it';
import { createMarkdown } from '../text/markdown-syntax.ts';

const parser = createMarkdown();
parser.validateLink = () => true;

export interface ParsedBody {
  tokens: Token[];
  /** markdown-it's environment after parsing (reference definitions), for rendering the tokens. */
  env: Record<string, unknown>;
}

/** Parses `body` (Markdown) once for all checks. */
export function parseBody(body: string): ParsedBody {
  const env = {};
  return { tokens: parser.parse(body, env), env };
}
