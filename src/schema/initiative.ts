import { z } from 'zod';
import { currentYear } from './clock.ts';
import { entryFields } from './entry.ts';
import { enumOf, httpsUrl, refList, year } from './fields.ts';
import { initiativeKinds, initiativeStatuses, keysOf, sectors } from './enums.ts';

export const initiativeSchema = z.strictObject({
  ...entryFields,
  kind: enumOf(keysOf(initiativeKinds), 'die Art'),
  status: enumOf(keysOf(initiativeStatuses), 'den Stand'),
  since: year(() => currentYear() + 1).optional(),
  sectors: z.array(enumOf(keysOf(sectors), 'beteiligte Bereiche'), { error: 'muss eine Liste sein' }).optional(),
  networks: refList().optional(),
  contacts: refList().optional(),
  materials: refList().optional(),
  website: httpsUrl.optional(),
});

export type InitiativeData = z.output<typeof initiativeSchema>;
