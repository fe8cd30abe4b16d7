import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-Z5X4PZA6.js";
import "./chunk-IZMRBCCN.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
