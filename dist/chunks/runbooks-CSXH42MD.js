import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-MRISRTQM.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
