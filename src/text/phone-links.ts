/**
 * markdown-it plugin: phone numbers in Markdown bodies become call links (tel:), as the phone
 * fields of contacts do, so a visitor on a phone can call with one tap and editors need not
 * write links. Linked are
 * - a bold text that is nothing but a German phone number (`**116 016**`, `**0511 1208705**`),
 *   checked with the same rules as the `phone` field;
 * - the EU-wide 116 numbers (116 016, 116 111 …) wherever they appear;
 * - 110 and 112 where the sentence dials them ("wählen Sie 110", "Notruf 112", "unter 110").
 * Text already inside a link is left alone.
 */
import type MarkdownIt from 'markdown-it';
import { phone } from '../schema/fields.ts';

type Token = ReturnType<MarkdownIt['parseInline']>[number];
type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

const IN_TEXT = /\b116[ \u00a0]?\d{3}\b|(?<=\b(?:Notruf|Polizei|Feuerwehr|[Ww]ählen Sie(?: bitte)?(?: die)?|unter|Nummer|ist:?)\s)11[02]\b/g;

function linkTokens(Token: TokenClass, text: string, href: string): Token[] {
  const open = new Token('link_open', 'a', 1);
  open.attrs = [['href', href]];
  const content = new Token('text', '', 0);
  content.content = text;
  return [open, content, new Token('link_close', 'a', -1)];
}

function textToken(Token: TokenClass, text: string): Token {
  const token = new Token('text', '', 0);
  token.content = text;
  return token;
}

const telOf = (text: string) => {
  const parsed = phone.safeParse(text);
  return parsed.success ? parsed.data.href : undefined;
};

export function phoneLinks(md: MarkdownIt): void {
  md.core.ruler.push('phone_links', (state) => {
    const Token = state.Token as unknown as TokenClass;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const out: Token[] = [];
      let inLink = 0;
      const children = block.children;
      for (let i = 0; i < children.length; i++) {
        const token = children[i]!;
        if (token.type === 'link_open') inLink++;
        if (token.type === 'link_close') inLink--;
        if (token.type !== 'text' || inLink > 0) {
          out.push(token);
          continue;
        }
        // **0511 1208705**: the whole bold text is a number.
        const bold = children[i - 1]?.type === 'strong_open' && children[i + 1]?.type === 'strong_close';
        const whole = bold && /^[+0-9][0-9 \u00a0()/-]{1,30}$/.test(token.content.trim()) ? telOf(token.content.trim()) : undefined;
        if (whole) {
          out.push(...linkTokens(Token, token.content, whole));
          continue;
        }
        let last = 0;
        for (const match of token.content.matchAll(IN_TEXT)) {
          if (match.index > last) out.push(textToken(Token, token.content.slice(last, match.index)));
          out.push(...linkTokens(Token, match[0], `tel:${match[0].replace(/\D/g, '')}`));
          last = match.index + match[0].length;
        }
        if (last === 0) out.push(token);
        else if (last < token.content.length) out.push(textToken(Token, token.content.slice(last)));
      }
      block.children = out;
    }
  });
}
