import { z } from 'zod';
import { currentYear } from './clock.ts';
import { entryFields } from './entry.ts';
import { enumOf, hint, isRecord, httpsUrl, isoDate, languageCode, plainText, year } from './fields.ts';
import { audiences, fileFormats, keysOf, materialKinds } from './enums.ts';

/** A file name under content/materials/files/: no folders, a known format. */
const fileName = z.string({ error: 'muss ein Dateiname sein' }).regex(new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\.(${Object.keys(fileFormats).join('|')})$`), {
  error: hint('ist kein erlaubter Dateiname', `nur den Dateinamen aus content/materials/files/ angeben (klein, ohne Leerzeichen), Formate: ${Object.keys(fileFormats).join(', ')}`),
});

export const materialSchema = z
  .strictObject({
    ...entryFields,
    kind: enumOf(keysOf(materialKinds), 'die Art'),
    audience: z.array(enumOf(keysOf(audiences), 'die Zielgruppe'), { error: 'muss eine Liste sein' }).min(1, { error: 'braucht mindestens eine Zielgruppe' }),
    languages: z.array(languageCode, { error: 'muss eine Liste sein' }).min(1, { error: 'braucht mindestens eine Sprache' }),
    publisher: plainText(2, 160).optional(),
    published: z.union([isoDate, year(currentYear)], { error: 'muss ein Datum (JJJJ-MM-TT) oder eine Jahreszahl sein' }).optional(),
    file: fileName.optional(),
    url: httpsUrl.optional(),
  })
  .superRefine(
    (data, ctx) => {
      if (data.file === undefined && data.url === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          message: 'fehlt: ein Material braucht entweder „file“ oder „url“',
          params: { suggestion: 'die Web-Adresse (url: https://…) oder eine Datei aus content/materials/files/ (file: name.pdf) angeben' },
        });
      } else if (data.file !== undefined && data.url !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: 'und „url“ stehen beide da; erlaubt ist genau eines',
          params: { suggestion: 'entweder „file“ oder „url“ löschen' },
        });
      }
    },
    // Also when other fields have errors, so the editor sees every problem in one run.
    { when: (payload) => isRecord(payload.value) },
  );

export type MaterialData = z.output<typeof materialSchema>;
