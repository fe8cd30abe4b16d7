import {
  PREVIEW_CHANNEL,
  PREVIEW_INCIDENT_ID,
  PREVIEW_INCIDENT_URL,
  PREVIEW_ON_CALL,
  formatMatches,
  previewAlert,
  previewTranscript,
  renderPreviewHtml,
  renderPreviewText,
  sampleEvent
} from "./chunk-GMGBHLHC.js";
import "./chunk-ZEWWJXCN.js";
import "./chunk-3G7A4P5O.js";
import "./chunk-BEQWSHHF.js";
import "./chunk-FCN4TBIW.js";
import "./chunk-7K76UV3Z.js";
import "./chunk-O3TKNPUP.js";
import "./chunk-LWJ5VQNM.js";
import "./chunk-MENKK2CK.js";
import "./chunk-UOT3AM2W.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  PREVIEW_CHANNEL,
  PREVIEW_INCIDENT_ID,
  PREVIEW_INCIDENT_URL,
  PREVIEW_ON_CALL,
  formatMatches,
  previewAlert,
  previewTranscript,
  renderPreviewHtml,
  renderPreviewText,
  sampleEvent
};
