import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/commands/command.ts
function optionLabel(ctx, name) {
  return ctx.surface === "cli" ? `--${name}` : `input "${name}"`;
}

// src/commands/args.ts
function splitList(parts) {
  return parts.flatMap((p) => p.split(/[,\n]/)).map((p) => p.trim()).filter((p) => p !== "");
}
function parseBoolean(value, option) {
  const v = value.trim().toLowerCase();
  if (["true", "1", "yes"].includes(v)) return true;
  if (["false", "0", "no", ""].includes(v)) return false;
  throw new ConfigError(
    `${option.env ?? option.name} must be true or false, found ${JSON.stringify(value)}.`
  );
}
function optionalString(args, name) {
  const v = args.values[name];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function requiredString(args, ctx, name, expected) {
  const v = optionalString(args, name);
  if (v === void 0) throw new ConfigError(`Missing ${optionLabel(ctx, name)}: expected ${expected}.`);
  return v;
}
function flag(args, name) {
  return args.values[name] === true;
}
function list(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? splitList([v]) : [];
}
function choice(args, ctx, name, allowed, fallback) {
  const v = optionalString(args, name);
  if (v === void 0) return fallback;
  if (allowed.includes(v)) return v;
  throw new ConfigError(
    `Invalid ${optionLabel(ctx, name)}: expected one of ${allowed.join(", ")}, found ${JSON.stringify(v)}.`
  );
}
var ConfigErrors = class extends ConfigError {
  constructor(problems) {
    super(
      problems.length === 1 ? problems[0] : `${problems.length} configuration problems:
${problems.map((p) => `- ${p}`).join("\n")}`
    );
    this.problems = problems;
  }
  problems;
};
var ConfigProblems = class {
  messages = [];
  /** Runs `read`; a ConfigError is recorded and `fallback` returned. Any other error is a bug and is thrown. */
  read(read, fallback) {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (error instanceof ConfigErrors) this.messages.push(...error.problems);
      else this.messages.push(error.message);
      return fallback;
    }
  }
  add(message) {
    this.messages.push(message);
  }
  get empty() {
    return this.messages.length === 0;
  }
  /** Throws every recorded problem at once (a {@link ConfigErrors}), or returns when there is none. */
  check() {
    if (this.messages.length > 0) throw new ConfigErrors([...this.messages]);
  }
};

export {
  optionLabel,
  splitList,
  parseBoolean,
  optionalString,
  requiredString,
  flag,
  list,
  choice,
  ConfigProblems
};
