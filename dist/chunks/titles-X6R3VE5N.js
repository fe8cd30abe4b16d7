import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  matcherText,
  normaliseTitle,
  readAlert
} from "./chunk-7AGHVDON.js";
import "./chunk-RX3WBYGZ.js";
export {
  matcherText,
  normaliseTitle,
  readAlert
};
