import {
  ESCALATION_TARGET_TYPES,
  PAGERDUTY_API_URL,
  PAGERDUTY_EU_API_URL,
  PagerDutyFeatureUnavailableError,
  PagerDutyNotFoundError,
  createPagerDutyClient,
  rateLimitWait
} from "./chunk-KD3QOOVP.js";
import "./chunk-OOA45IWD.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  ESCALATION_TARGET_TYPES,
  PAGERDUTY_API_URL,
  PAGERDUTY_EU_API_URL,
  PagerDutyFeatureUnavailableError,
  PagerDutyNotFoundError,
  createPagerDutyClient,
  rateLimitWait
};
