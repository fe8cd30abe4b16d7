import {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-VXKITAA3.js";
import "./chunk-YASFAJ6P.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-GPUD2BSY.js";
import "./chunk-C6MKKZQV.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-GP4YHPVA.js";
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
