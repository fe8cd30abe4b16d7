import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
} from "./chunk-46ULGATW.js";
import "./chunk-RSXYGAF5.js";
import "./chunk-RDJC7CW4.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-A56JVIDH.js";
import "./chunk-7X6CB4DH.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
};
