
// src/runbooks/match-text.ts
function matchesText(matches) {
  if (matches.length === 0) return "no runbook matches\n";
  const lines = [`${matches.length} runbook${matches.length === 1 ? "" : "s"} match, best first:`];
  matches.forEach((m, i) => {
    lines.push(`${i + 1}. ${m.id} \u2014 ${m.title} (score ${m.score})`);
    lines.push(`   matched: ${m.terms.map((t) => JSON.stringify(t)).join(", ")}`);
  });
  return `${lines.join("\n")}
`;
}

export {
  matchesText
};
