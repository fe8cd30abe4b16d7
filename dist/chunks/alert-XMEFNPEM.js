import {
  ALERT_LANGUAGES,
  alertClients,
  alertCommand,
  loadRunbooks,
  readAlertConfig
} from "./chunk-BSLGTSHU.js";
import "./chunk-POBAGXVS.js";
import "./chunk-3G7A4P5O.js";
import "./chunk-FUDV2S3G.js";
import "./chunk-63RUTUG4.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  ALERT_LANGUAGES,
  alertClients,
  alertCommand,
  loadRunbooks,
  readAlertConfig
};
