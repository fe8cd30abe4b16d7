import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  POSTMORTEM_EVENT_TYPE,
  runPostmortem
} from "./chunk-Q2666T53.js";
import "./chunk-BO7CY5DG.js";
import "./chunk-E4BKKMTE.js";
import "./chunk-RM6LXHDI.js";
import "./chunk-IWKBK7NS.js";
import "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-CWGSSBJK.js";
import "./chunk-D3ITTP2X.js";
import "./chunk-5O3PJ7U7.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-7AGHVDON.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  POSTMORTEM_EVENT_TYPE,
  runPostmortem
};
