import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload
} from "./chunk-H5IFQ7SJ.js";
import {
  HANDLED_EVENT_TYPES
} from "./chunk-ZHBK2G4Z.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  HANDLED_EVENT_TYPES,
  isHandled,
  parseAlertEvent,
  parseAlertEventText,
  parseDispatchPayload
};
