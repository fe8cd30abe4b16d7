import {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
} from "./chunk-M7LISSMW.js";
import "./chunk-COBWGHIO.js";
import "./chunk-5HCWRHT6.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-UV4OEPKX.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  loadIndexFile,
  loadRunbooksDir,
  loadedFromIndex,
  matchableRunbooks
};
