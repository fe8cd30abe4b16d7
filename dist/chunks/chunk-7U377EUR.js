
// src/runbooks/duration.ts
var DURATION_PATTERN = "^[1-9][0-9]{0,5}[smh]$";
var UNIT_SECONDS = { s: 1, m: 60, h: 3600 };
function parseDurationSeconds(text) {
  const found = /^([1-9][0-9]{0,5})([smh])$/.exec(text.trim());
  if (!found) return void 0;
  return Number(found[1]) * UNIT_SECONDS[found[2]];
}
function formatDuration(seconds) {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
var REMIND_AFTER_RANGE = { min: 60, max: 24 * 3600 };
var GROUP_WITHIN_RANGE = { min: 60, max: 3600 };

export {
  DURATION_PATTERN,
  parseDurationSeconds,
  formatDuration,
  REMIND_AFTER_RANGE,
  GROUP_WITHIN_RANGE
};
