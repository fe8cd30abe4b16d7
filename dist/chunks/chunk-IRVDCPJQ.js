import {
  compileRuleRegex
} from "./chunk-M7LR7W3O.js";

// src/runbooks/regex-linear.ts
var NOT_PROVABLE = void 0;
function emptySet() {
  return { ascii: new Uint32Array(4), nonAscii: false };
}
function add(set, code2) {
  if (code2 >= 128) {
    set.nonAscii = true;
    return;
  }
  set.ascii[code2 >> 5] |= 1 << (code2 & 31);
}
function has(set, code2) {
  return (set.ascii[code2 >> 5] & 1 << (code2 & 31)) !== 0;
}
function addRange(set, from, to) {
  for (let c = from; c <= Math.min(to, 127); c++) add(set, c);
  if (to >= 128) set.nonAscii = true;
}
function union(into, other) {
  for (let i = 0; i < 4; i++) into.ascii[i] |= other.ascii[i];
  into.nonAscii ||= other.nonAscii;
}
function disjoint(a, b) {
  if (a.nonAscii && b.nonAscii) return false;
  for (let i = 0; i < 4; i++) if ((a.ascii[i] & b.ascii[i]) !== 0) return false;
  return true;
}
function complement(set) {
  const out = emptySet();
  for (let i = 0; i < 4; i++) out.ascii[i] = ~set.ascii[i];
  out.nonAscii = true;
  return out;
}
var code = (c) => c.charCodeAt(0);
var DIGITS = (() => {
  const s = emptySet();
  addRange(s, code("0"), code("9"));
  return s;
})();
var WORD = (() => {
  const s = emptySet();
  addRange(s, code("0"), code("9"));
  addRange(s, code("A"), code("Z"));
  addRange(s, code("a"), code("z"));
  add(s, code("_"));
  s.nonAscii = true;
  return s;
})();
var SPACE = (() => {
  const s = emptySet();
  for (const c of "	\n\v\f\r ") add(s, code(c));
  s.nonAscii = true;
  return s;
})();
var ANY_BUT_LINE_BREAK = (() => {
  const s = complement(emptySet());
  s.ascii[0] &= ~(1 << 10 | 1 << 13);
  return s;
})();
function caseClosed(set) {
  const out = { ascii: new Uint32Array(set.ascii), nonAscii: set.nonAscii };
  for (let c = code("a"); c <= code("z"); c++) {
    const upper = c - 32;
    if (has(set, c) || has(set, upper)) {
      add(out, c);
      add(out, upper);
      if (c === code("k") || c === code("s")) out.nonAscii = true;
    }
  }
  if (set.nonAscii) for (const c of "kKsS") add(out, code(c));
  return out;
}
function escapeSet(letter) {
  switch (letter) {
    case "d":
      return DIGITS;
    case "D":
      return complement(DIGITS);
    case "w":
      return WORD;
    case "W":
      return caseClosed(complement(WORD));
    case "s":
      return SPACE;
    case "S":
      return complement(SPACE);
    case "t":
    case "n":
    case "r":
    case "f":
    case "v": {
      const s = emptySet();
      add(s, code({ t: "	", n: "\n", r: "\r", f: "\f", v: "\v" }[letter]));
      return s;
    }
    default:
      if ("^$\\.*+?()[]{}|/-".includes(letter)) {
        const s = emptySet();
        add(s, code(letter));
        return s;
      }
      return void 0;
  }
}
function parseClass(pattern, start) {
  let i = start + 1;
  const negated = pattern[i] === "^";
  if (negated) i++;
  const set = emptySet();
  const member = () => {
    const c = pattern[i];
    if (c === void 0) return void 0;
    if (c === "\\") {
      const letter = pattern[i + 1];
      if (letter === void 0) return void 0;
      i += 2;
      const escaped = escapeSet(letter);
      if (!escaped) return void 0;
      if ("dDwWsS".includes(letter)) return { set: escaped };
      return { code: firstBit(escaped) };
    }
    const point = pattern.codePointAt(i);
    i += point > 65535 ? 2 : 1;
    return { code: point };
  };
  while (i < pattern.length && pattern[i] !== "]") {
    const first = member();
    if (!first) return NOT_PROVABLE;
    if (pattern[i] === "-" && pattern[i + 1] !== "]" && first.code !== void 0) {
      i++;
      const last = member();
      if (!last || last.code === void 0) return NOT_PROVABLE;
      addRange(set, first.code, last.code);
    } else if (first.set) union(set, first.set);
    else add(set, first.code);
  }
  if (pattern[i] !== "]") return NOT_PROVABLE;
  const closed = caseClosed(set);
  return { set: negated ? complement(closed) : closed, end: i + 1 };
}
function firstBit(set) {
  for (let c = 0; c < 128; c++) if (has(set, c)) return c;
  return -1;
}
function parseQuantifier(pattern, i) {
  let q;
  const c = pattern[i];
  if (c === "*") q = { min: 0, max: Infinity, end: i + 1 };
  else if (c === "+") q = { min: 1, max: Infinity, end: i + 1 };
  else if (c === "?") q = { min: 0, max: 1, end: i + 1 };
  else if (c === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!braces) return NOT_PROVABLE;
    const min = Number(braces[1]);
    const max = braces[2] === void 0 ? min : braces[3] === "" ? Infinity : Number(braces[3]);
    q = { min, max, end: i + braces[0].length };
  } else return { min: 1, max: 1, end: i };
  return pattern[q.end] === "?" ? NOT_PROVABLE : q;
}
function parseItems(pattern) {
  const items = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    let set;
    if (c === "^" || c === "$") {
      i++;
      continue;
    }
    if (c === "\\" && (pattern[i + 1] === "b" || pattern[i + 1] === "B")) {
      i += 2;
      continue;
    }
    if ("()|*+?{}]".includes(c)) return NOT_PROVABLE;
    if (c === "[") {
      const parsed = parseClass(pattern, i);
      if (!parsed) return NOT_PROVABLE;
      set = parsed.set;
      i = parsed.end;
    } else if (c === ".") {
      set = ANY_BUT_LINE_BREAK;
      i++;
    } else if (c === "\\") {
      const escaped = pattern[i + 1] === void 0 ? void 0 : escapeSet(pattern[i + 1]);
      if (!escaped) return NOT_PROVABLE;
      set = caseClosed(escaped);
      i += 2;
    } else {
      const point = pattern.codePointAt(i);
      set = emptySet();
      add(set, point);
      set = caseClosed(set);
      i += point > 65535 ? 2 : 1;
    }
    const quantifier = parseQuantifier(pattern, i);
    if (!quantifier) return NOT_PROVABLE;
    i = quantifier.end;
    items.push({ set, min: quantifier.min, max: quantifier.max });
  }
  return items;
}
function provablyLinear(pattern) {
  const items = parseItems(pattern);
  if (!items || items.length === 0) return false;
  const first = items[0];
  if (first.min !== first.max || first.min === 0) return false;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.max === Infinity && index > 0 && !disjoint(item.set, first.set)) return false;
    if (item.min === item.max) continue;
    const follow = emptySet();
    for (let next = index + 1; next < items.length; next++) {
      union(follow, items[next].set);
      if (items[next].min > 0) break;
    }
    if (!disjoint(item.set, follow)) return false;
  }
  return true;
}

// src/runbooks/regex-safety.ts
var MAX_REGEX_LENGTH = 256;
var RULE_REGEX_FLAGS = compileRuleRegex("(?:)").flags;
var REGEX_CHECK_TIMEOUT_MS = 3e4;
function checkRegexSyntax(pattern, flags = RULE_REGEX_FLAGS) {
  const length = [...pattern].length;
  if (length > MAX_REGEX_LENGTH) {
    return {
      severity: "error",
      message: `regular expression is too long: ${length} characters, the limit is ${MAX_REGEX_LENGTH}. Split it into several shorter patterns (any of them may match) or use keywords.`
    };
  }
  if (pattern === "") {
    return {
      severity: "error",
      message: "regular expression is empty: it would match every alert. Remove it."
    };
  }
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    return {
      severity: "error",
      message: `invalid regular expression: ${reason} (compiled as a JavaScript regex with the "${flags}" flag).`
    };
  }
  const feature = findUnsupportedFeature(pattern);
  if (feature) {
    return {
      severity: "error",
      message: `unsupported regular expression: ${feature.what} "${feature.text}" at character ${feature.index + 1}. Backreferences and lookaround are not allowed in rule regexes; use match.all / match.none for extra conditions.`
    };
  }
  return void 0;
}
function findUnsupportedFeature(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) {
        return { what: "backreference", text: `\\${/^[1-9]\d*/.exec(pattern.slice(i + 1))[0]}`, index: i };
      }
      if (!inClass && next === "k" && pattern[i + 2] === "<") {
        const end = pattern.indexOf(">", i);
        return { what: "named backreference", text: pattern.slice(i, end < 0 ? i + 3 : end + 1), index: i };
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?") {
      const head = pattern.slice(i, i + 4);
      if (head.startsWith("(?=") || head.startsWith("(?!")) {
        return { what: "lookahead", text: head.slice(0, 3), index: i };
      }
      if (head === "(?<=" || head === "(?<!") return { what: "lookbehind", text: head, index: i };
    }
  }
  return void 0;
}
function usePureBackend() {
  const env = process.env;
  if (env["RECHECK_SYNC_BACKEND"] === void 0) env["RECHECK_SYNC_BACKEND"] = "pure";
}
var recheck;
async function loadCheckSync() {
  const loaded = await import("./recheck-RJQLB4OO.js");
  const checkSync = loaded.checkSync ?? loaded.default?.checkSync;
  if (typeof checkSync !== "function") throw new Error("recheck did not load (no checkSync export)");
  return checkSync;
}
async function checkRegexBacktracking(pattern, flags = RULE_REGEX_FLAGS, timeoutMs = REGEX_CHECK_TIMEOUT_MS) {
  usePureBackend();
  let diagnostics;
  try {
    recheck ??= loadCheckSync();
    const checkSync = await recheck;
    diagnostics = checkSync(pattern, flags, { timeout: timeoutMs });
  } catch (error) {
    return {
      severity: "error",
      message: `regular expression could not be checked for catastrophic backtracking (${error instanceof Error ? error.message : String(error)}). Simplify it.`
    };
  }
  if (diagnostics.status === "safe") return void 0;
  if (diagnostics.status === "unknown") {
    const kind2 = diagnostics.error.kind;
    const why = kind2 === "timeout" ? `the check did not finish within ${timeoutMs / 1e3} s` : `${kind2}${"message" in diagnostics.error ? `: ${diagnostics.error.message}` : ""}`;
    return {
      severity: "error",
      message: `regular expression could not be proven safe from catastrophic backtracking (${why}). Simplify it: fewer nested or adjacent repetitions, or use keywords.`
    };
  }
  const complexity = diagnostics.complexity;
  const example = describeAttack(diagnostics.attack);
  if (complexity.type === "polynomial" && complexity.degree < 3) {
    return {
      severity: "warning",
      message: `regular expression can take quadratic time, e.g. on ${example}. Anchor it (^\u2026) or bound the repetitions ({0,80}) if you can.`
    };
  }
  const kind = complexity.type === "exponential" ? "exponential" : `${ordinal(complexity.degree)}-degree polynomial`;
  return {
    severity: "error",
    message: `unsafe regular expression: ${kind} backtracking, e.g. on ${example}. Remove nested or overlapping repetitions such as (a+)+ or (a|a)*.`
  };
}
function ordinal(n) {
  return n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
}
function describeAttack(attack) {
  const shorten = (s, max) => s.length > max ? `${s.slice(0, max)}\u2026` : s;
  const text = attack.pumps.length > 0 ? attack.pumps.map(
    (p) => shorten(p.prefix, 12) + shorten(p.pump.repeat(Math.max(1, Math.ceil(4 / p.pump.length))), 16)
  ).join("") + "\u2026" + shorten(attack.suffix, 12) : shorten(attack.string, 24);
  return `'${printable(text)}'`;
}
function printable(text) {
  let out = "";
  for (const c of text) {
    const code2 = c.charCodeAt(0);
    if (c === "'" || c === "\\") out += `\\${c}`;
    else if (code2 < 32 || code2 === 127) out += `\\u${code2.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return out;
}
var RECHECK_VERSION = "4.5.0";
var REGEX_CHECKER_VERSION = `recheck@${RECHECK_VERSION}/oncall-1`;
var RegexSafetyChecker = class {
  constructor(flags = RULE_REGEX_FLAGS, timeoutMs = REGEX_CHECK_TIMEOUT_MS, store) {
    this.flags = flags;
    this.timeoutMs = timeoutMs;
    this.store = store;
  }
  flags;
  timeoutMs;
  store;
  verdicts = /* @__PURE__ */ new Map();
  /** The finding for `pattern`, or undefined when it is safe. Concurrent calls for one pattern share one check. */
  check(pattern) {
    let verdict = this.verdicts.get(pattern);
    if (!verdict) {
      verdict = this.decide(pattern);
      this.verdicts.set(pattern, verdict);
    }
    return verdict;
  }
  async decide(pattern) {
    const syntax = checkRegexSyntax(pattern, this.flags);
    if (syntax) return syntax;
    if (this.flags === RULE_REGEX_FLAGS && provablyLinear(pattern)) return void 0;
    const kept = this.store?.get(pattern, this.flags);
    if (kept !== void 0) return kept ?? void 0;
    const finding = await checkRegexBacktracking(pattern, this.flags, this.timeoutMs);
    if (!finding?.message.includes("could not")) this.store?.set(pattern, this.flags, finding ?? null);
    return finding;
  }
};

export {
  REGEX_CHECKER_VERSION,
  RegexSafetyChecker
};
