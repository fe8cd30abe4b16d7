import {
  loadPublishedIndex,
  openPublishedIndex,
  publishRunbooks,
  writeIfChanged
} from "./chunk-V2D6OIS3.js";
import "./chunk-S4TTLXGH.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
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
