import {
  LOOKUP_ROUNDS,
  UserDirectory,
  formatPerson
} from "./chunk-7VJA5HDZ.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  LOOKUP_ROUNDS,
  UserDirectory,
  formatPerson
};
