import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-INVSW244.js";
import "./chunk-QJOBLVGV.js";
import "./chunk-RM2HQM2G.js";
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
