import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-J6CARP33.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-5HCWRHT6.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-UV4OEPKX.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
