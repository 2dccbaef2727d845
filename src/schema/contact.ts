import { z } from 'zod';
import { entryFields } from './entry.ts';
import { email, enumOf, flag, isRecord, httpsUrl, languageCode, phone, plainText } from './fields.ts';
import { contactKinds, keysOf } from './enums.ts';

const postcode = z
  // Our YAML reader keeps 01067 a string; a number (30159, but also 0x7530) is refused with the fix (validate.ts).
  .string({ error: 'muss eine Postleitzahl sein' })
  .transform((value) => value.trim())
  .refine((value) => /^\d{5}$/.test(value), { error: 'ist keine fünfstellige Postleitzahl' });

const address = z.strictObject(
  {
    street: plainText(3, 120).optional(),
    postcode: postcode.optional(),
    city: plainText(2, 80),
  },
  { error: 'muss eine Adresse mit street, postcode und city sein' },
);

export const contactSchema = z
  .strictObject({
    ...entryFields,
    kind: enumOf(keysOf(contactKinds), 'die Art'),
    organization: plainText(2, 160).optional(),
    person: plainText(2, 120).optional(),
    phone: phone.optional(),
    fax: phone.optional(),
    email: email.optional(),
    website: httpsUrl.optional(),
    address: address.optional(),
    hours: plainText(3, 200, { letter: false }).optional(),
    languages: z.array(languageCode, { error: 'muss eine Liste sein' }).optional(),
    accessible: flag.optional(),
    emergency: flag.optional(),
  })
  .superRefine(
    (data, ctx) => {
      const address: unknown = data.address;
      if (data.kind === 'frauenhaus' && isRecord(address)) {
        // Shelter locations are confidential: city only, here and in every export.
        for (const field of ['street', 'postcode'] as const) {
          if (address[field] !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['address', field],
              message: 'darf bei einem Frauenhaus nicht veröffentlicht werden (die Lage ist vertraulich)',
              // The field must go whatever it holds: its other findings (too short, no letter) would only distract.
              params: { suggestion: 'nur den Ort (city) angeben; Straße und Postleitzahl löschen', alone: true },
            });
          }
        }
      }
      if (data.phone === undefined && data.email === undefined && data.website === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message: 'fehlt: ein Kontakt braucht mindestens Telefon, E-Mail oder Website',
          params: { suggestion: 'phone, email oder website ergänzen' },
        });
      }
    },
    // Also when other fields have errors, so the editor sees every problem in one run.
    { when: (payload) => isRecord(payload.value) },
  );

export type ContactData = z.output<typeof contactSchema>;
