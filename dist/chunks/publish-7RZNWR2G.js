import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-3V6ARJSV.js";
import "./chunk-BDPWQ4EI.js";
import "./chunk-RUE43TMS.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
