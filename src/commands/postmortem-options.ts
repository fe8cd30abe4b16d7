/** Options of the postmortem draft, shared by `oncall postmortem` and the alert command's automatic draft. */
import type { OptionSpec } from './command.js';

/** The options the draft itself needs (also accepted by the alert command for the automatic draft). */
export const POSTMORTEM_OPTIONS = [
  {
    name: 'postmortem-dir',
    type: 'string',
    description: 'Directory of the postmortem drafts in the repository',
    default: 'postmortems',
  },
  {
    name: 'postmortem-template',
    type: 'string',
    description: 'Path of the postmortem template in the repository (the built-in template when missing)',
    default: 'postmortems/TEMPLATE.md',
  },
] satisfies OptionSpec[];
