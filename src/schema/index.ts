/** The content types: folder name → schema, URL prefix and German names. */
import type { z } from 'zod';
import { contactSchema } from './contact.ts';
import { initiativeSchema } from './initiative.ts';
import { materialSchema } from './material.ts';
import { networkSchema } from './network.ts';
import { pageSchema } from './page.ts';

export const contentTypes = {
  initiatives: { schema: initiativeSchema, path: '/initiativen/', singular: 'Initiative', plural: 'Initiativen' },
  networks: { schema: networkSchema, path: '/netzwerke/', singular: 'Netzwerk', plural: 'Netzwerke' },
  materials: { schema: materialSchema, path: '/materialien/', singular: 'Material', plural: 'Materialien' },
  contacts: { schema: contactSchema, path: '/kontakte/', singular: 'Kontakt', plural: 'Kontakte' },
  pages: { schema: pageSchema, path: '/', singular: 'Seite', plural: 'Seiten' },
} as const;

export type ContentType = keyof typeof contentTypes;
export type EntryType = Exclude<ContentType, 'pages'>;
export const entryTypes: EntryType[] = ['initiatives', 'networks', 'materials', 'contacts'];
export type DataOf<T extends ContentType> = z.output<(typeof contentTypes)[T]['schema']>;

export * from './contact.ts';
export * from './enums.ts';
export * from './initiative.ts';
export * from './material.ts';
export * from './network.ts';
export * from './page.ts';
export * from './vocabulary.ts';
