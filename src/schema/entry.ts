/** Fields every entry has (DESIGN §3 "Every entry"). */
import { flag, pastDate, plainText, refList } from './fields.ts';

export const entryFields = {
  title: plainText(3, 120),
  summary: plainText(20, 300),
  regions: refList(1),
  topics: refList().optional(),
  reviewed: pastDate,
  draft: flag.optional(),
  example: flag.optional(),
};
