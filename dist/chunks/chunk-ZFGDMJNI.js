import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);

// src/commands/registry.ts
var ACTION_COMMANDS = ["validate", "publish", "shift", "alert"];
var commands = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: "alert",
    summary: "Post a PagerDuty incident event to its Slack thread with on-call and runbook",
    load: async () => (await import("./alert-3ECHM5JZ.js")).alertCommand
  },
  {
    name: "build",
    summary: "Validate runbooks and compile the published index",
    load: async () => (await import("./build-JPWYZZNN.js")).buildCommand
  },
  {
    name: "match",
    summary: "Show which runbooks match an alert text, and why",
    load: async () => (await import("./match-33UKQ2IR.js")).matchCommand
  },
  {
    name: "preview",
    summary: "Show the Slack message an alert title would produce, with its runbook (offline)",
    load: async () => (await import("./preview-PM5IWRQP.js")).previewCommand
  },
  {
    name: "publish",
    summary: "Validate runbooks and publish the index to a branch",
    load: async () => (await import("./publish-4AWKMXOK.js")).publishCommand
  },
  {
    name: "relay",
    summary: "Run the PagerDuty webhook \u2192 GitHub repository_dispatch relay",
    load: async () => (await import("./relay-724MTI5K.js")).relayCommand
  },
  {
    name: "shift",
    summary: "Post who is on call for the current shift to Slack, exactly once per shift",
    load: async () => (await import("./shift-LO4TR2PB.js")).shiftCommand
  },
  {
    name: "validate",
    summary: "Check runbook files and report every problem with file:line:column",
    load: async () => (await import("./validate-25BQ2ONL.js")).validateCommand
  },
  {
    name: "sandbox",
    summary: "Play one on-call day offline against built-in fakes (npm start)",
    load: async () => (await import("./sandbox-TYTAPZ4R.js")).sandboxCommand
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
