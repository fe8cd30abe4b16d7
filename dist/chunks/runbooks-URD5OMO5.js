import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-MPWPAQCW.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-GKK2PCUX.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
