/**
 * The words that name a place where women (and girls, and their children) are hidden from
 * violence: one table for the shelter guard's look-alike warning (./shelter-guard.ts). An entry
 * that is not of kind `frauenhaus` but whose title holds one of these words and that names an
 * address gets a warning. Matched in lower case inside words ("Frauenhausverein",
 * "Notwohnungen"), with hyphens and soft hyphens removed ("Frauen-Haus").
 */
export const SHELTER_WORDS = [
  'frauenhaus',
  'frauenhäuser',
  'frauenschutzhaus',
  'schutzhaus',
  'schutzhäuser',
  'schutzwohnung',
  'schutzunterkunft',
  'zufluchtswohnung',
  'zufluchtsstätte',
  'zuflucht',
  'mädchenhaus',
  'mädchenhäuser',
  'krisenwohnung',
  'notwohnung',
  'notunterkunft',
  'schutzeinrichtung',
  // descriptive German names: an adjective and the place ("Geschützte Unterkunft", "in einer geschützten Wohnung")
  'geschützte unterkunft',
  'geschützten unterkunft',
  'geschützte wohnung',
  'geschützten wohnung',
  'anonyme unterkunft',
  'anonyme wohnung',
  'sichere unterkunft',
  // other languages of the site's readers ("Women's Shelter Osnabrück", "Safe House")
  'shelter',
  'refuge',
  'safe house',
  'safehouse',
  'maison des femmes',
  'kadın sığınma',
  'kadın konukevi',
  'убежище',
  'притулок',
  'кризисный центр',
] as const;

/** Whether `title` (readable text) sounds like a shelter: it holds a word of SHELTER_WORDS. */
export function soundsLikeShelter(title: string): boolean {
  const text = title
    .toLowerCase()
    .replace(/[-\u00ad\u2010\u2011]/g, '')
    .replace(/\s+/g, ' ');
  return SHELTER_WORDS.some((word) => text.includes(word));
}
