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
} from "./chunk-RDUYLTDG.js";
import "./chunk-55ZDFV63.js";
import "./chunk-7U377EUR.js";
import "./chunk-IRVDCPJQ.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
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
