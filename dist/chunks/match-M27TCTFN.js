import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-CR5Y6Q6P.js";
import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-QJOBLVGV.js";
import "./chunk-RM2HQM2G.js";
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
