import {
  DIAGNOSTICS_EVENT_TYPE,
  MAX_LABELS,
  MAX_LABELS_JSON_CHARS,
  MAX_LABEL_VALUE_CHARS,
  alertLabels,
  dispatchInputs,
  outcomeText,
  startDiagnostics
} from "./chunk-U26KMNYB.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  DIAGNOSTICS_EVENT_TYPE,
  MAX_LABELS,
  MAX_LABELS_JSON_CHARS,
  MAX_LABEL_VALUE_CHARS,
  alertLabels,
  dispatchInputs,
  outcomeText,
  startDiagnostics
};
