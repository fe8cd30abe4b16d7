import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-C2S3632I.js";
import "./chunk-DCRFR7AG.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-SQPR3ESR.js";
import "./chunk-MDMDY2PQ.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  loadPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
