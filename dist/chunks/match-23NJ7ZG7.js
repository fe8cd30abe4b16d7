import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-XTU4JWPF.js";
import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import "./chunk-ITXU4ZJA.js";
import "./chunk-COBWGHIO.js";
import "./chunk-5HCWRHT6.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-UV4OEPKX.js";
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
