import {
  matcherText,
  normaliseTitle,
  readAlert
} from "./chunk-QB6QIQAD.js";
import "./chunk-GIGNEGIA.js";
export {
  matcherText,
  normaliseTitle,
  readAlert
};
