import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-D5VOSRB5.js";
import "./chunk-GPUD2BSY.js";
import "./chunk-C6MKKZQV.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-GP4YHPVA.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
