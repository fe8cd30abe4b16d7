
// src/commands/registry.ts
var ACTION_COMMANDS = [
  "validate",
  "publish",
  "shift",
  "alert",
  "report",
  "remind",
  "postmortem",
  "reply"
];
var commands = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: "alert",
    summary: "Post a PagerDuty incident event to its Slack thread with on-call and runbook",
    load: async () => (await import("./alert-XMEFNPEM.js")).alertCommand
  },
  {
    name: "build",
    summary: "Validate runbooks and compile the published index",
    load: async () => (await import("./build-A4R3VWWW.js")).buildCommand
  },
  {
    name: "coverage",
    summary: "Replay past incident titles through the base and head runbooks",
    load: async () => (await import("./coverage-54RIXYIF.js")).coverageCommand
  },
  {
    name: "match",
    summary: "Show which runbooks match an alert text, and why",
    load: async () => (await import("./match-FESKD5JF.js")).matchCommand
  },
  {
    name: "postmortem",
    summary: "Open (or update) one pull request with a postmortem draft for a PagerDuty incident",
    load: async () => (await import("./postmortem-OFJSJ4TS.js")).postmortemCommand
  },
  {
    name: "preview",
    summary: "Show the Slack message an alert title would produce, with its runbook (offline)",
    load: async () => (await import("./preview-ZC5HYTPY.js")).previewCommand
  },
  {
    name: "publish",
    summary: "Validate runbooks and publish the index to a branch",
    load: async () => (await import("./publish-P4LPWEOA.js")).publishCommand
  },
  {
    name: "relay",
    summary: "Run the PagerDuty webhook \u2192 GitHub repository_dispatch relay",
    load: async () => (await import("./relay-HPOOMAGI.js")).relayCommand
  },
  {
    name: "remind",
    summary: "Remind unacknowledged incidents in their Slack threads (run on a schedule)",
    load: async () => (await import("./remind-73C6LKZY.js")).remindCommand
  },
  {
    name: "reply",
    summary: "Post a diagnostic's output into its incident's Slack thread",
    load: async () => (await import("./reply-S7UGSG5D.js")).replyCommand
  },
  {
    name: "report",
    summary: "Report MTTA, MTTR and runbook coverage for a period from PagerDuty",
    load: async () => (await import("./report-ZHFNXM4H.js")).reportCommand
  },
  {
    name: "shift",
    summary: "Post who is on call for the current shift to Slack, exactly once per shift",
    load: async () => (await import("./shift-W72LGTWM.js")).shiftCommand
  },
  {
    name: "validate",
    summary: "Check runbook files and report every problem with file:line:column",
    load: async () => (await import("./validate-UYC4IANH.js")).validateCommand
  },
  {
    name: "sandbox",
    summary: "Play one on-call day offline against built-in fakes (npm start)",
    load: async () => (await import("./sandbox-ZGOC2Z4B.js")).sandboxCommand
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
