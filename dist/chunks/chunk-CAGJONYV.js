import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);

// src/log.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
};
function streamLogger(write, redactor, options = {}) {
  const where = (a) => a?.file ? `${a.file}${a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ""}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (options.verbose) write(redactor.redact(`debug: ${m}`));
    },
    info: (m) => write(redactor.redact(m)),
    warning: (m, a) => write(redactor.redact(`${where(a)}warning: ${m}`)),
    error: (m, a) => write(redactor.redact(`${where(a)}error: ${m}`))
  };
}

// src/commands/registry.ts
var ACTION_COMMANDS = ["validate", "publish", "shift", "alert"];
var commands = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: "alert",
    summary: "Post a PagerDuty incident event to its Slack thread with on-call and runbook",
    load: async () => (await import("./alert-3S5TA7E5.js")).alertCommand
  },
  {
    name: "build",
    summary: "Validate runbooks and compile the published index",
    load: async () => (await import("./build-7PY6ACRF.js")).buildCommand
  },
  {
    name: "match",
    summary: "Show which runbooks match an alert text, and why",
    load: async () => (await import("./match-YU2JGJDP.js")).matchCommand
  },
  {
    name: "preview",
    summary: "Show the Slack message an alert title would produce, with its runbook (offline)",
    load: async () => (await import("./preview-A7ALQ6K4.js")).previewCommand
  },
  {
    name: "publish",
    summary: "Validate runbooks and publish the index to a branch",
    load: async () => (await import("./publish-6HQBPJB2.js")).publishCommand
  },
  {
    name: "relay",
    summary: "Run the PagerDuty webhook \u2192 GitHub repository_dispatch relay",
    load: async () => (await import("./relay-CYXT7GAG.js")).relayCommand
  },
  {
    name: "shift",
    summary: "Post who is on call for the current shift to Slack, exactly once per shift",
    load: async () => (await import("./shift-5JRQ4ZVA.js")).shiftCommand
  },
  {
    name: "validate",
    summary: "Check runbook files and report every problem with file:line:column",
    load: async () => (await import("./validate-A7N4C32L.js")).validateCommand
  },
  {
    name: "sandbox",
    summary: "Play one on-call day offline against built-in fakes (npm start)",
    load: async () => (await import("./sandbox-57IKTUXL.js")).sandboxCommand
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
  Redactor,
  streamLogger,
  ACTION_COMMANDS,
  commands,
  findCommand,
  isActionCommand
};
