/** The content pipeline's public face: load the content folder into the validated graph. */
export { loadContent, contentDir, type LoadOptions, type LoadResult } from './load.ts';
export type { Contact, ContentGraph, Entry, Initiative, Material, MaterialFile, Network, Page } from './graph.ts';
export type { Problem, Severity } from './problems.ts';
export { today } from '../schema/clock.ts';
