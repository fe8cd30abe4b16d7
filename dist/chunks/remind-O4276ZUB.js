import {
  DEFAULT_LOOKBACK_HOURS,
  DEFAULT_MAX_REMINDERS,
  MAX_INCIDENTS_PER_SWEEP,
  REMINDERS_BEFORE_GROUP,
  REMINDER_EVENT_TYPE,
  buildReminder,
  remindIncident,
  runRemindSweep
} from "./chunk-PXUSXVQQ.js";
import "./chunk-7K76UV3Z.js";
import "./chunk-O3TKNPUP.js";
import "./chunk-MENKK2CK.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
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
