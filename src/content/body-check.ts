/**
 * The rules every Markdown body meets, whatever page it belongs to (entries, free pages,
 * translations): no control characters, no raw HTML (it would show as text), links and images
 * as the site publishes them (./body-links.ts). Problems carry file and line.
 */
import { invisibleCharacter } from '../schema/fields.ts';
import { bodyLinkProblems } from './body-links.ts';
import type { ParsedBody } from './body-tokens.ts';
import type { Problem } from './problems.ts';

/**
 * The Markdown body is rendered with raw HTML off, so markup would show up as literal text: tell
 * the editor instead of publishing it. Links and images are judged on the parsed body.
 */
const BODY_RULES: { pattern: RegExp; message: string; suggestion: string; rule: string }[] = [
  {
    pattern: /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|<!--/,
    message: 'Der Text enthält HTML-Code; er würde nicht ausgeführt, sondern als Text angezeigt',
    suggestion: 'Markdown verwenden: **fett**, [Linktext](https://…), Listen mit -',
    rule: 'html-in-body',
  },
];

const CONTROL_IN_BODY = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Problems of `body` (Markdown) starting at line `bodyLine` of `file`; `parsed`: its tokens when already parsed. */
export function checkBody(file: string, body: string, bodyLine: number, parsed?: ParsedBody): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const codeFree = fenced ? '' : line.replace(/`[^`]*`/g, '');
    // Tabs belong in Markdown; any other control character (C0, C1) is invisible or breaks the text, even in code.
    const invisible = invisibleCharacter(line, CONTROL_IN_BODY);
    if (invisible) {
      problems.push({ severity: 'error', file, line: bodyLine + i, field: '(Text)', message: `Der Text enthält in dieser Zeile ein Steuerzeichen: ${invisible}`, suggestion: 'das Zeichen löschen (in manchen Editoren unsichtbar: die Stelle neu tippen)', rule: 'control-character' });
    }
    for (const rule of BODY_RULES) {
      if (rule.pattern.test(codeFree)) {
        problems.push({ severity: 'error', file, line: bodyLine + i, field: '(Text)', message: rule.message, suggestion: rule.suggestion, rule: rule.rule });
      }
    }
  });
  problems.push(...bodyLinkProblems(file, body, bodyLine, parsed));
  return problems;
}
