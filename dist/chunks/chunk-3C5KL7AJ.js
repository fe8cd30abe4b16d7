import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);

// src/commands/registry.ts
var ACTION_COMMANDS = ["validate", "publish", "shift", "alert", "report"];
var commands = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: "alert",
    summary: "Post a PagerDuty incident event to its Slack thread with on-call and runbook",
    load: async () => (await import("./alert-GIPUZLUI.js")).alertCommand
  },
  {
    name: "build",
    summary: "Validate runbooks and compile the published index",
    load: async () => (await import("./build-3T2ZGWRM.js")).buildCommand
  },
  {
    name: "coverage",
    summary: "Replay past incident titles through the base and head runbooks",
    load: async () => (await import("./coverage-W3R5XETA.js")).coverageCommand
  },
  {
    name: "match",
    summary: "Show which runbooks match an alert text, and why",
    load: async () => (await import("./match-EOIQYV2P.js")).matchCommand
  },
  {
    name: "preview",
    summary: "Show the Slack message an alert title would produce, with its runbook (offline)",
    load: async () => (await import("./preview-M3HMZP67.js")).previewCommand
  },
  {
    name: "publish",
    summary: "Validate runbooks and publish the index to a branch",
    load: async () => (await import("./publish-BDRKEJUY.js")).publishCommand
  },
  {
    name: "relay",
    summary: "Run the PagerDuty webhook \u2192 GitHub repository_dispatch relay",
    load: async () => (await import("./relay-CJWQEZ6R.js")).relayCommand
  },
  {
    name: "report",
    summary: "Report MTTA, MTTR and runbook coverage for a period from PagerDuty",
    load: async () => (await import("./report-NCXBR4NJ.js")).reportCommand
  },
  {
    name: "shift",
    summary: "Post who is on call for the current shift to Slack, exactly once per shift",
    load: async () => (await import("./shift-PJNUKZAR.js")).shiftCommand
  },
  {
    name: "validate",
    summary: "Check runbook files and report every problem with file:line:column",
    load: async () => (await import("./validate-Z6N6TVVM.js")).validateCommand
  },
  {
    name: "sandbox",
    summary: "Play one on-call day offline against built-in fakes (npm start)",
    load: async () => (await import("./sandbox-I7FVNCVY.js")).sandboxCommand
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
  ACTION_COMMANDS,
  commands,
  findCommand,
  isActionCommand
};
