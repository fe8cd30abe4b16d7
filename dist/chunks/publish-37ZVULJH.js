import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-W2TH3S44.js";
import "./chunk-DCRFR7AG.js";
import "./chunk-RDJC7CW4.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
