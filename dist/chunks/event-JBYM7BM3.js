import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  HANDLED_EVENT_TYPES,
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload,
  readAlertEventText,
  unhandledEventType
} from "./chunk-US3WHMU3.js";
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
