import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ESCALATION_TARGET_TYPES,
  PAGERDUTY_API_URL,
  PAGERDUTY_EU_API_URL,
  PagerDutyFeatureUnavailableError,
  PagerDutyNotFoundError,
  createPagerDutyClient,
  rateLimitWait
} from "./chunk-Y7PU434J.js";
import "./chunk-WJ2HETJX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  ESCALATION_TARGET_TYPES,
  PAGERDUTY_API_URL,
  PAGERDUTY_EU_API_URL,
  PagerDutyFeatureUnavailableError,
  PagerDutyNotFoundError,
  createPagerDutyClient,
  rateLimitWait
};
