import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DEFAULT_LOOKBACK_HOURS,
  DEFAULT_MAX_REMINDERS,
  MAX_INCIDENTS_PER_SWEEP,
  REMINDERS_BEFORE_GROUP,
  REMINDER_EVENT_TYPE,
  buildReminder,
  remindIncident,
  runRemindSweep
} from "./chunk-3NUOZ2YC.js";
import "./chunk-GE62CBFY.js";
import "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  DEFAULT_LOOKBACK_HOURS,
  DEFAULT_MAX_REMINDERS,
  MAX_INCIDENTS_PER_SWEEP,
  REMINDERS_BEFORE_GROUP,
  REMINDER_EVENT_TYPE,
  buildReminder,
  remindIncident,
  runRemindSweep
};
