import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload,
  readAlertEventText,
  unhandledEventType
} from "./chunk-CGV6C5A4.js";
import {
  HANDLED_EVENT_TYPES
} from "./chunk-PM6M57MW.js";
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
