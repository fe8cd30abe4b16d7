import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload,
  readAlertEventText,
  unhandledEventType
} from "./chunk-DRWPEJD5.js";
import {
  HANDLED_EVENT_TYPES
} from "./chunk-WRPJA574.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  HANDLED_EVENT_TYPES,
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload,
  readAlertEventText,
  unhandledEventType
};
