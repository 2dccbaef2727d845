/** Frontmatter of a translated page (content/translations/<lang>/<page>.md). */
import { z } from 'zod';
import { isoDate, plainText } from '../schema/fields.ts';
import { languages } from './languages.ts';

/** One line of text with a visible letter, as titles and names elsewhere; joiners allowed (Persian, Arabic). Outside tester, session 18: a U+202E passed here. */
const text = (min: number, max: number) => plainText(min, max, { joiners: true });

export const translationSchema = z
  .strictObject({
    lang: z.enum(languages.map((l) => l.code) as [string, ...string[]], { error: `muss eine dieser Sprachen sein: ${languages.map((l) => l.code).join(', ')}` }),
    // Which German page is checked per file (load-translations.ts), with the one right answer.
    translation_of: z.string({ error: 'muss die Adresse der deutschen Seite sein, z. B. /hilfe/' }),
    title: text(2, 120),
    summary: text(10, 300),
    /** Name of the native speaker who reviewed the text; with reviewed_on, or not at all. */
    reviewed_by: text(2, 120).optional(),
    reviewed_on: isoDate.optional(),
  })
  .superRefine((data, ctx) => {
    if ((data.reviewed_by === undefined) === (data.reviewed_on === undefined)) return;
    // Reported at the field that is there, so the editor's line points at what she wrote.
    ctx.addIssue({
      code: 'custom',
      message: 'reviewed_by und reviewed_on gehören zusammen: beide eintragen, wenn eine Muttersprachlerin den Text geprüft hat, sonst beide weglassen',
      path: [data.reviewed_by === undefined ? 'reviewed_on' : 'reviewed_by'],
    });
  });

export type TranslationData = z.infer<typeof translationSchema>;
