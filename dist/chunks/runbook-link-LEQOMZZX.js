import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  defaultAddUrl,
  runbookLink
} from "./chunk-F62FUJ75.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  defaultAddUrl,
  runbookLink
};
