
// src/util/did-you-mean.ts
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function didYouMean(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function didYouMeanTimeZone(word, zones) {
  const wanted = word.trim().replace(/\s+/g, "_").toLowerCase();
  if (wanted === "") return void 0;
  const city = (zone) => zone.slice(zone.lastIndexOf("/") + 1).toLowerCase();
  const exactCity = zones.find((zone) => zone.includes("/") && city(zone) === wanted);
  if (exactCity) return exactCity;
  const full = didYouMean(wanted, zones);
  if (full) return full;
  const closeCity = didYouMean(wanted, zones.filter((zone) => zone.includes("/")).map(city));
  return closeCity === void 0 ? void 0 : zones.find((zone) => zone.includes("/") && city(zone) === closeCity);
}

export {
  didYouMean,
  didYouMeanTimeZone
};
