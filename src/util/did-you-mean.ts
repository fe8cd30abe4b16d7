/** Levenshtein distance, for "did you mean" suggestions on unknown keys, flags and commands. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/**
 * The IANA zone a mistyped or partial name most likely means: a city alone (`Tokyo`, `new york`) gives the zone
 * that ends with it (`Asia/Tokyo`, `America/New_York`); otherwise the closest full name or city by edit distance.
 */
export function didYouMeanTimeZone(word: string, zones: readonly string[]): string | undefined {
  const wanted = word.trim().replace(/\s+/g, '_').toLowerCase();
  if (wanted === '') return undefined;
  const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  const exactCity = zones.find((zone) => zone.includes('/') && city(zone) === wanted);
  if (exactCity) return exactCity;
  const full = didYouMean(wanted, zones);
  if (full) return full;
  const closeCity = didYouMean(wanted, zones.filter((zone) => zone.includes('/')).map(city));
  return closeCity === undefined
    ? undefined
    : zones.find((zone) => zone.includes('/') && city(zone) === closeCity);
}
