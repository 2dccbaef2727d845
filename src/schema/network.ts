import { z } from 'zod';
import { entryFields } from './entry.ts';
import { enumOf, httpsUrl, plainText, refList, slug } from './fields.ts';
import { keysOf, networkLevels, sectors } from './enums.ts';

export const networkSchema = z.strictObject({
  ...entryFields,
  level: enumOf(keysOf(networkLevels), 'die Ebene'),
  sectors: z.array(enumOf(keysOf(sectors), 'beteiligte Bereiche'), { error: 'muss eine Liste sein' }).optional(),
  coordinator: slug.optional(),
  contacts: refList().optional(),
  meets: plainText(3, 200, { letter: false }).optional(),
  website: httpsUrl.optional(),
});

export type NetworkData = z.output<typeof networkSchema>;
