import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-IZJXTMBO.js";
import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-GPUD2BSY.js";
import "./chunk-C6MKKZQV.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-GP4YHPVA.js";
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
