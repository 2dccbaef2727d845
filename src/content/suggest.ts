/** "Did you mean …?" for unknown ids, slugs and field names. */
import { distance } from 'fastest-levenshtein';

export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  // Near enough to be a typo, or the value is a recognisable part of the id ("goettingen").
  const tolerance = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  if (bestDistance <= tolerance) return best;
  return [...candidatesContaining(value, candidates)][0];
}

function* candidatesContaining(value: string, candidates: Iterable<string>): Iterable<string> {
  if (value.length < 4) return;
  for (const candidate of candidates) if (candidate.includes(value) || (candidate.length >= 4 && value.includes(candidate))) yield candidate;
}

export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(value, candidates);
  return match === undefined ? undefined : `meinten Sie „${match}“?`;
}
