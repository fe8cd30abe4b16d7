import {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
} from "./chunks/chunk-Y3SEDCC5.js";
import "./chunks/chunk-QQKTGA3R.js";
import "./chunks/chunk-PXUSXVQQ.js";
import "./chunks/chunk-AYWKDYMB.js";
import "./chunks/chunk-FCN4TBIW.js";
import "./chunks/chunk-7K76UV3Z.js";
import "./chunks/chunk-KD3QOOVP.js";
import "./chunks/chunk-LSYF55D5.js";
import "./chunks/chunk-OOA45IWD.js";
import "./chunks/chunk-7VJA5HDZ.js";
import "./chunks/chunk-S4TTLXGH.js";
import "./chunks/chunk-R4RCMKVR.js";
import "./chunks/chunk-O3TKNPUP.js";
import "./chunks/chunk-MRISRTQM.js";
import "./chunks/chunk-GUVNCUNR.js";
import "./chunks/chunk-DTQ542JL.js";
import "./chunks/chunk-OSEZHEJR.js";
import "./chunks/chunk-M7LR7W3O.js";
import "./chunks/chunk-BIIUCKQH.js";
import "./chunks/chunk-TVETWU2K.js";
import "./chunks/chunk-LEF5IGAI.js";
import "./chunks/chunk-LWJ5VQNM.js";
import "./chunks/chunk-MENKK2CK.js";
import "./chunks/chunk-UOT3AM2W.js";
import "./chunks/chunk-QB6QIQAD.js";
import "./chunks/chunk-KOCSSIJL.js";
import "./chunks/chunk-T7MTKLHV.js";
import "./chunks/chunk-RW3X5YEY.js";
import "./chunks/chunk-EA5KP37Y.js";
import "./chunks/chunk-IA4VIC32.js";
import "./chunks/chunk-BYBTV2RS.js";
import "./chunks/chunk-GIGNEGIA.js";
export {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
};
