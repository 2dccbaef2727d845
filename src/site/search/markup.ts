/** Small scans over the site's own generated HTML (not a parser: the markup is ours and regular). */

/**
 * The index just past the tag closing the element that opens at `start` (nesting of the same
 * element counted), or -1 when it is not closed.
 */
export function endOfElement(markup: string, name: string, start: number): number {
  const tags = new RegExp(`<${name}[\\s>]|</${name}>`, 'g');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let tag = tags.exec(markup); tag; tag = tags.exec(markup)) {
    if (!tag[0].startsWith('</')) depth++;
    else if (--depth === 0) return tag.index + tag[0].length;
  }
  return -1;
}
