import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-UPNZTOPQ.js";
import "./chunk-NGX6MTDV.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-PSHHUUR3.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
