import {
  DEFAULT_LAST_TIME,
  LAST_TIME_EVENT_TYPE,
  LastTimeCache,
  alertKey,
  buildLastTimeReply,
  formatDuration,
  replyLastTime,
  similarIncidents
} from "./chunk-Q2OCF4Q3.js";
import "./chunk-RIV4JU6R.js";
import "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  DEFAULT_LAST_TIME,
  LAST_TIME_EVENT_TYPE,
  LastTimeCache,
  alertKey,
  buildLastTimeReply,
  formatDuration,
  replyLastTime,
  similarIncidents
};
