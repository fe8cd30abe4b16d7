import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-5VOOZS3W.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-NGX6MTDV.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
