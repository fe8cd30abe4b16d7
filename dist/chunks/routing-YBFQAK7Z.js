import {
  parseRoutes,
  routeChannels,
  routeIncident
} from "./chunk-UOT3AM2W.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  parseRoutes,
  routeChannels,
  routeIncident
};
