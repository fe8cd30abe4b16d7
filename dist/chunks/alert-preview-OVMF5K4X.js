import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
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
} from "./chunk-OWVFFUAL.js";
import "./chunk-SZE6C3OK.js";
import "./chunk-HF3PC64S.js";
import "./chunk-KNVEHQG6.js";
import "./chunk-4V5UVXYQ.js";
import "./chunk-GE62CBFY.js";
import "./chunk-IWKBK7NS.js";
import "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-CWGSSBJK.js";
import "./chunk-D3ITTP2X.js";
import "./chunk-7TEMSXUT.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-F62FUJ75.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-7AGHVDON.js";
import "./chunk-5XKN62DZ.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
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
