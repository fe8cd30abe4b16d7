import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-7JW7ZJKA.js";
import "./chunk-NGX6MTDV.js";
import "./chunk-HMOII4WM.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
