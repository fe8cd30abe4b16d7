import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  buildIndex,
  parseIndex,
  readIndexFile,
  resolveSource,
  serializeIndex,
  toIndexed
} from "./chunk-NGX6MTDV.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  buildIndex,
  parseIndex,
  readIndexFile,
  resolveSource,
  serializeIndex,
  toIndexed
};
