import {
  load
} from "./chunk-55ZDFV63.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  isSlackUserId
} from "./chunk-IA4VIC32.js";
import {
  ConfigError,
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs/promises#src/slack/user-map-file.ts
var m = builtin("node:fs/promises");
var readFile = m.readFile;

// src/slack/user-map-file.ts
var EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
var PD_ID = /^P[A-Z0-9]{5,}$/;
function parseUserMapping(text, file) {
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") return { file, entries: /* @__PURE__ */ new Map() };
  let data;
  try {
    data = file.toLowerCase().endsWith(".json") ? JSON.parse(text) : load(text);
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${describeError(error)}`,
      {
        cause: error
      }
    );
  }
  if (data === void 0 || data === null) return { file, entries: /* @__PURE__ */ new Map() };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError(
      `${file}: expected a mapping of PagerDuty email or user ID to Slack email or user ID, e.g. "alice@corp.example": "alice@chat.example", found ${Array.isArray(data) ? "a list" : typeof data}`
    );
  }
  const entries = /* @__PURE__ */ new Map();
  const problems = [];
  for (const [rawKey, rawValue] of Object.entries(data)) {
    const key = rawKey.trim();
    if (!EMAIL.test(key) && !PD_ID.test(key)) {
      problems.push(`key ${JSON.stringify(rawKey)} should be a PagerDuty user's email or ID (e.g. PXPGF42)`);
      continue;
    }
    if (typeof rawValue !== "string") {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a string, found ${rawValue === null ? "null" : typeof rawValue}`
      );
      continue;
    }
    const value = rawValue.trim();
    let target;
    if (isSlackUserId(value)) target = { kind: "user-id", userId: value };
    else if (EMAIL.test(value)) target = { kind: "email", email: value.toLowerCase() };
    else {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a Slack email or user ID (e.g. U012AB3CD), found ${JSON.stringify(rawValue)}`
      );
      continue;
    }
    const normalised = EMAIL.test(key) ? key.toLowerCase() : key;
    if (entries.has(normalised)) {
      problems.push(`${JSON.stringify(rawKey)} appears twice (emails are compared without case)`);
      continue;
    }
    entries.set(normalised, target);
  }
  if (problems.length > 0) throw new ConfigError(`${file}: ${problems.join("; ")}`);
  return { file, entries };
}
async function loadUserMapping(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`user mapping file ${path} cannot be read: ${describeError(error)}`, {
      cause: error
    });
  }
  return parseUserMapping(text, path);
}
export {
  loadUserMapping,
  parseUserMapping
};
