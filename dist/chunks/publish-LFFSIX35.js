import {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-CJ6MXLKR.js";
import "./chunk-YASFAJ6P.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-QJOBLVGV.js";
import "./chunk-RM2HQM2G.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-LEF5IGAI.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
};
