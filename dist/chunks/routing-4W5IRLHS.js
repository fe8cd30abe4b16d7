import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  parseRoutes,
  routeChannels,
  routeIncident
} from "./chunk-5XKN62DZ.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  parseRoutes,
  routeChannels,
  routeIncident
};
