import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-BDV5JWSK.js";
import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  loadRunbooks,
  matchCommand,
  matchesJson,
  matchesText
};
