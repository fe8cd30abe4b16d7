import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  printableLines
} from "./chunk-3BE7A36C.js";

// src/log.ts
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret, secret.trim(), ...secret.split(/\r\n|\r|\n/).map((line) => line.trim())]);
  return [...forms].filter((form) => form.length >= 4);
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (!secret) return;
    for (const form of secretForms(secret)) this.secrets.add(form);
  }
  redact(text) {
    return this.redactEncoded(text);
  }
  /**
   * Like {@link redact}, and also scrubs each secret as `encode` writes it: text that was escaped before it reached
   * the redactor (the job summary's Markdown turns `_` into `&#95;`) would otherwise carry a secret past it.
   */
  redactEncoded(text, encode) {
    let out = text;
    const longestFirst = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of longestFirst) {
      out = out.split(secret).join("***");
      const encoded = encode?.(secret).trim();
      if (encoded && encoded.length >= 4) out = out.split(encoded).join("***");
    }
    return out;
  }
};
var COMMAND_START = /^([\s\u0085]*):(?=:)/;
var OLD_COMMAND = /##\[/g;
function neutralizeCommandLine(line) {
  return line.replace(COMMAND_START, "$1%3A").replace(OLD_COMMAND, "#%23[");
}
function neutralizeCommands(text) {
  return text.replace(/[^\r\n]+/g, neutralizeCommandLine);
}
function safeLogText(message, redactor) {
  return neutralizeCommands(printableLines(redactor.redact(message)));
}
function streamLogger(writeLine, redactor, options = {}) {
  const write = (line) => writeLine(safeLogText(line, redactor));
  const where = (a) => a?.file ? `${a.file}${a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ""}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (options.verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m, a) => write(`${where(a)}warning: ${m}`),
    error: (m, a) => write(`${where(a)}error: ${m}`)
  };
}

// src/commands/registry.ts
var ACTION_COMMANDS = ["validate", "publish", "shift", "alert"];
var commands = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: "alert",
    summary: "Post a PagerDuty incident event to its Slack thread with on-call and runbook",
    load: async () => (await import("./alert-PXFIJVS5.js")).alertCommand
  },
  {
    name: "build",
    summary: "Validate runbooks and compile the published index",
    load: async () => (await import("./build-SBMPDB6L.js")).buildCommand
  },
  {
    name: "match",
    summary: "Show which runbooks match an alert text, and why",
    load: async () => (await import("./match-R42O5YEC.js")).matchCommand
  },
  {
    name: "preview",
    summary: "Show the Slack message an alert title would produce, with its runbook (offline)",
    load: async () => (await import("./preview-47JPPZDB.js")).previewCommand
  },
  {
    name: "publish",
    summary: "Validate runbooks and publish the index to a branch",
    load: async () => (await import("./publish-HH7TBWQU.js")).publishCommand
  },
  {
    name: "relay",
    summary: "Run the PagerDuty webhook \u2192 GitHub repository_dispatch relay",
    load: async () => (await import("./relay-2RT6FHKV.js")).relayCommand
  },
  {
    name: "shift",
    summary: "Post who is on call for the current shift to Slack, exactly once per shift",
    load: async () => (await import("./shift-UZTYPVBS.js")).shiftCommand
  },
  {
    name: "validate",
    summary: "Check runbook files and report every problem with file:line:column",
    load: async () => (await import("./validate-SVHTHFON.js")).validateCommand
  },
  {
    name: "sandbox",
    summary: "Play one on-call day offline against built-in fakes (npm start)",
    load: async () => (await import("./sandbox-M4HN3UHO.js")).sandboxCommand
  }
  // @commands-end
];
function findCommand(name) {
  return commands.find((c) => c.name === name);
}
function isActionCommand(name) {
  return ACTION_COMMANDS.includes(name);
}

export {
  secretForms,
  Redactor,
  neutralizeCommands,
  safeLogText,
  streamLogger,
  ACTION_COMMANDS,
  commands,
  findCommand,
  isActionCommand
};
