import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  HANDLED_EVENT_TYPES,
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload
} from "./chunk-3PM4WNBY.js";
import "./chunk-YP52MZWV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  HANDLED_EVENT_TYPES,
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload
};
