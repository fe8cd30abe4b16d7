import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-KXOMJK6D.js";
import "./chunk-5O3PJ7U7.js";
import "./chunk-IZMRBCCN.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
