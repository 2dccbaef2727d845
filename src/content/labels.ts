/** German labels of frontmatter fields: kept in the one field table, src/schema/field-docs.ts. */
export { fieldLabels, labelOf } from '../schema/field-docs.ts';
