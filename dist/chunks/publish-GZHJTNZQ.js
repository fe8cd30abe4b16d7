import {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-ILFUY5L3.js";
import "./chunk-YASFAJ6P.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-COBWGHIO.js";
import "./chunk-5HCWRHT6.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-UV4OEPKX.js";
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
