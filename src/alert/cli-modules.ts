/**
 * What `oncall alert` loads to run, in one import: each dynamically imported module is a file of its own in the
 * bundle, and loading one costs a fresh process (every alert run) its resolution and compilation before the first
 * request leaves. The runbook sources that are not an index file (a directory, the published index) stay separate.
 */
export { runAlert } from './run.js';
export { readAlertEventText } from './event.js';
export { loadIndexFile } from './runbooks.js';
export { createPagerDutyClient } from '../pagerduty/client.js';
export { createSlackClient } from '../slack/client.js';
export { UserDirectory } from '../slack/user-directory.js';
