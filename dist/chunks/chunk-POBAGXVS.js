
// src/commands/postmortem-options.ts
var POSTMORTEM_OPTIONS = [
  {
    name: "postmortem-dir",
    type: "string",
    description: "Directory of the postmortem drafts in the repository",
    default: "postmortems"
  },
  {
    name: "postmortem-template",
    type: "string",
    description: "Path of the postmortem template in the repository (the built-in template when missing)",
    default: "postmortems/TEMPLATE.md"
  }
];

export {
  POSTMORTEM_OPTIONS
};
