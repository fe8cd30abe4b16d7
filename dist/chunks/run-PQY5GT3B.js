import {
  POSTMORTEM_EVENT_TYPE,
  runPostmortem
} from "./chunk-HDTIQCTV.js";
import "./chunk-KBAOC47E.js";
import "./chunk-63RUTUG4.js";
import "./chunk-JN6JRQFA.js";
import "./chunk-S4TTLXGH.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-O3TKNPUP.js";
import "./chunk-LEF5IGAI.js";
import "./chunk-MENKK2CK.js";
import "./chunk-Q2OCF4Q3.js";
import "./chunk-RIV4JU6R.js";
import "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  POSTMORTEM_EVENT_TYPE,
  runPostmortem
};
