/** Free pages (content/pages/): about, safety, legal. They have no regions or references. */
import { z } from 'zod';
import { flag, pastDate, plainText } from './fields.ts';

export const pageSchema = z.strictObject({
  title: plainText(3, 120),
  summary: plainText(20, 300),
  reviewed: pastDate,
  draft: flag.optional(),
});

export type PageData = z.output<typeof pageSchema>;
