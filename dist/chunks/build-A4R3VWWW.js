import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-WEOZYBU6.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
