import {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  findShadowing,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
} from "./chunk-6LMXIKAO.js";
import "./chunk-55ZDFV63.js";
import "./chunk-JV7DANOY.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-C6MKKZQV.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-GP4YHPVA.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-7U377EUR.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  findShadowing,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
};
