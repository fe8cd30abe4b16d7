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
} from "./chunk-VWGMN3IF.js";
import "./chunk-7X6CB4DH.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-FZXBCV45.js";
import "./chunk-NGX6MTDV.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-H63POQN7.js";
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
