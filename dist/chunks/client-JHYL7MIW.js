import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  HISTORY_SCAN_LIMIT,
  MAX_HISTORY_PAGE,
  checkResponseUrl,
  createSlackClient,
  slackErrorCode
} from "./chunk-QXZAMIQC.js";
import "./chunk-WJ2HETJX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  HISTORY_SCAN_LIMIT,
  MAX_HISTORY_PAGE,
  checkResponseUrl,
  createSlackClient,
  slackErrorCode
};
