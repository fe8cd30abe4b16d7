import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-DNLNOUCH.js";
import "./chunk-FZXBCV45.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
