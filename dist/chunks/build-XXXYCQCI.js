import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-ELERRAQI.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-C6MKKZQV.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-GP4YHPVA.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
