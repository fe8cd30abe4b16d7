import {
  HISTORY_SCAN_LIMIT,
  MAX_HISTORY_PAGE,
  checkResponseUrl,
  createSlackClient,
  slackErrorCode
} from "./chunk-LSYF55D5.js";
import "./chunk-OOA45IWD.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  HISTORY_SCAN_LIMIT,
  MAX_HISTORY_PAGE,
  checkResponseUrl,
  createSlackClient,
  slackErrorCode
};
