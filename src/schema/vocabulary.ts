import { z } from 'zod';
import { enumOf, plainText, slug } from './fields.ts';
import { keysOf, regionKinds } from './enums.ts';

export const regionSchema = z.strictObject({
  id: slug,
  label: plainText(2, 80),
  short: plainText(2, 60),
  kind: enumOf(keysOf(regionKinds), 'die Art der Gebietskörperschaft'),
  ags: z.string({ error: 'muss in Anführungszeichen stehen, z. B. "03159"' }).regex(/^03(\d{3})?$/, { error: 'ist kein niedersächsischer Kreisschlüssel (03xxx)' }),
  seat: plainText(2, 80),
});

export const topicSchema = z.strictObject({
  id: slug,
  label: plainText(2, 80),
  description: plainText(20, 300),
});

export type Region = z.output<typeof regionSchema>;
export type Topic = z.output<typeof topicSchema>;
