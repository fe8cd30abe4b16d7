import {
  installForCrossFetch,
  watchResponses
} from "./chunk-OOA45IWD.js";
import {
  watchResponse
} from "./chunk-R4RCMKVR.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  AuthError,
  ConfigError,
  RateLimitedError,
  RemoteError,
  TransientError,
  describeError
} from "./chunk-BYBTV2RS.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GIGNEGIA.js";

// src/pagerduty/cross-fetch-shim.cjs
var require_cross_fetch_shim = __commonJS({
  "src/pagerduty/cross-fetch-shim.cjs"(exports, module) {
    "use strict";
    var INSTALLED = /* @__PURE__ */ Symbol.for("oncall-runbooks.cross-fetch");
    var installed = () => globalThis[INSTALLED];
    var fetch = (...args) => (installed()?.fetch ?? globalThis.fetch)(...args);
    module.exports = fetch;
    module.exports.default = fetch;
    module.exports.fetch = fetch;
    for (const name of ["Headers", "Request", "Response"]) {
      Object.defineProperty(module.exports, name, {
        enumerable: true,
        get: () => installed()?.[name] ?? globalThis[name]
      });
    }
  }
});

// node_modules/browser-or-node/lib/index.js
var require_lib = __commonJS({
  "node_modules/browser-or-node/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
      return typeof obj;
    } : function(obj) {
      return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
    };
    var isBrowser = typeof window !== "undefined" && typeof window.document !== "undefined";
    var isNode = typeof process !== "undefined" && process.versions != null && process.versions.node != null;
    var isWebWorker = (typeof self === "undefined" ? "undefined" : _typeof(self)) === "object" && self.constructor && self.constructor.name === "DedicatedWorkerGlobalScope";
    var isJsDom = typeof window !== "undefined" && window.name === "nodejs" || typeof navigator !== "undefined" && (navigator.userAgent.includes("Node.js") || navigator.userAgent.includes("jsdom"));
    var isDeno = typeof Deno !== "undefined" && typeof Deno.version !== "undefined" && typeof Deno.version.deno !== "undefined";
    exports.isBrowser = isBrowser;
    exports.isWebWorker = isWebWorker;
    exports.isNode = isNode;
    exports.isJsDom = isJsDom;
    exports.isDeno = isDeno;
  }
});

// node_modules/@pagerduty/pdjs/build/src/common.js
var require_common = __commonJS({
  "node_modules/@pagerduty/pdjs/build/src/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.request = void 0;
    var cross_fetch_1 = require_cross_fetch_shim();
    var browser_or_node_1 = require_lib();
    var VERSION = "2.0.0";
    function request(url, options = {}) {
      const { queryParameters, requestTimeout = 3e4 } = options;
      url = new URL(url.toString());
      url = applyParameters(url, queryParameters);
      options = applyTimeout(options, requestTimeout);
      return fetch_retry(url.toString(), 3, {
        ...options,
        headers: new cross_fetch_1.Headers({
          "Content-Type": "application/json; charset=utf-8",
          /* LEGACY-BROWSER-SUPPORT-START */
          ...userAgentHeader(),
          /* LEGACY-BROWSER-SUPPORT-END */
          ...options.headers
        })
      });
    }
    exports.request = request;
    function fetch_retry(url, retries, options) {
      return new Promise((resolve, reject) => {
        (0, cross_fetch_1.default)(url, options).then((response) => {
          if (retries === 0)
            return resolve(response);
          if (response.status === 429) {
            const { retryTimeout = 2e4 } = options;
            retryTimeoutPromise(retryTimeout).then(() => {
              fetch_retry(url, retries - 1, options).then(resolve).catch(reject);
            });
          } else {
            clearTimeout(options.requestTimer);
            resolve(response);
          }
        }).catch(reject);
      });
    }
    var retryTimeoutPromise = (milliseconds) => {
      return new Promise((resolve) => setTimeout(resolve, milliseconds));
    };
    function userAgentHeader() {
      if (browser_or_node_1.isNode) {
        return {
          "User-Agent": `pdjs/${VERSION} (${process.version}/${process.platform})`
        };
      } else if (browser_or_node_1.isWebWorker) {
        return {
          "User-Agent": `pdjs/${VERSION} (WebWorker)`
        };
      } else if (browser_or_node_1.isJsDom) {
        return {
          "User-Agent": `pdjs/${VERSION} (JsDom)`
        };
      } else if (browser_or_node_1.isDeno) {
        return {
          "User-Agent": `pdjs/${VERSION} (Deno)`
        };
      } else if (browser_or_node_1.isBrowser) {
        return {
          // Note: This will not work consistently for all browsers as some silently drop the userAgent Header.
          "User-Agent": `pdjs/${VERSION} (${window.navigator.userAgent})`
        };
      } else {
        return {};
      }
    }
    function applyParameters(url, queryParameters) {
      if (!queryParameters)
        return url;
      const combinedParameters = url.searchParams;
      for (const key of Object.keys(queryParameters)) {
        const parameter = queryParameters[key];
        if (Array.isArray(parameter)) {
          parameter.forEach((item) => {
            combinedParameters.append(key, item);
          });
        } else {
          combinedParameters.append(key, parameter);
        }
      }
      url.search = combinedParameters.toString();
      return url;
    }
    function applyTimeout(init, timeout) {
      if (!timeout)
        return init;
      const timer = setTimeout(() => {
      }, timeout);
      return {
        ...init,
        requestTimer: timer
      };
    }
  }
});

// node_modules/@pagerduty/pdjs/build/src/api.js
var require_api = __commonJS({
  "node_modules/@pagerduty/pdjs/build/src/api.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.api = void 0;
    var common_1 = require_common();
    function api2(apiParameters) {
      var _a;
      if (!apiParameters.endpoint && !apiParameters.url) {
        return partialCall(apiParameters);
      }
      const types = {
        bearer: "Bearer ",
        token: "Token token="
      };
      const { endpoint, server = "api.pagerduty.com", token, tokenType = apiParameters.tokenType || "token", url, version = 2, data, ...rest } = apiParameters;
      const config = {
        method: "GET",
        ...rest,
        headers: {
          Accept: `application/vnd.pagerduty+json;version=${version}`,
          Authorization: `${types[tokenType]}${token}`,
          ...rest.headers
        }
      };
      if (isReadonlyRequest(config.method) && data) {
        config.queryParameters = (_a = config.queryParameters) !== null && _a !== void 0 ? _a : data;
      } else {
        config.body = JSON.stringify(data);
      }
      return apiRequest(url !== null && url !== void 0 ? url : `https://${server}/${endpoint.replace(/^\/+/, "")}`, config);
    }
    exports.api = api2;
    function apiRequest(url, options) {
      return (0, common_1.request)(url, options).then((response) => {
        const apiResponse = response;
        apiResponse.response = response;
        if (response.status === 204) {
          return Promise.resolve(apiResponse);
        }
        return response.json().then((data) => {
          const resource = resourceKey(url, options.method);
          apiResponse.next = nextFunc(url, options, data);
          apiResponse.data = data;
          apiResponse.resource = resource ? data[resource] : null;
          return apiResponse;
        }).catch(() => Promise.reject(apiResponse));
      });
    }
    function resourceKey(url, method) {
      const resource = url.match(/.+.com\/(?<resource>[\w]+)/);
      if (resource) {
        const resourceName = resource[1];
        if (method && method.toLowerCase() === "get") {
          return resourceName;
        }
        if (resourceName.endsWith("ies")) {
          return resourceName.slice(0, -3) + "y";
        } else if (resourceName.endsWith("s")) {
          return resourceName.slice(0, -1);
        }
        return resourceName;
      }
      return null;
    }
    function isReadonlyRequest(method) {
      var _a;
      return !["PUT", "POST", "DELETE", "PATCH"].includes((_a = method.toUpperCase()) !== null && _a !== void 0 ? _a : "GET");
    }
    function isOffsetPagination(data) {
      if (data.offset !== void 0) {
        return true;
      }
      return false;
    }
    function isCursorPagination(data) {
      if (data.cursor !== void 0) {
        return true;
      }
      return false;
    }
    function nextFunc(url, options, data) {
      if (isOffsetPagination(data)) {
        if ((data === null || data === void 0 ? void 0 : data.more) && typeof data.offset !== void 0 && data.limit) {
          return () => apiRequest(url, {
            ...options,
            queryParameters: {
              ...options.queryParameters,
              limit: data.limit.toString(),
              offset: (data.limit + data.offset).toString()
            }
          });
        }
      } else if (isCursorPagination(data)) {
        if (data === null || data === void 0 ? void 0 : data.cursor) {
          return () => apiRequest(url, {
            ...options,
            queryParameters: {
              ...options.queryParameters,
              cursor: data.cursor,
              limit: data.limit.toString()
            }
          });
        }
      }
      return void 0;
    }
    function partialCall(apiParameters) {
      const partialParameters = apiParameters;
      const partial = ((apiParameters2) => api2({ ...partialParameters, ...apiParameters2 }));
      const shorthand = (method) => (endpoint, shorthandParameters) => api2({
        endpoint,
        method,
        ...partialParameters,
        ...shorthandParameters
      });
      partial.get = shorthand("get");
      partial.post = shorthand("post");
      partial.put = shorthand("put");
      partial.patch = shorthand("patch");
      partial.delete = shorthand("delete");
      partial.all = (endpoint, shorthandParameters) => {
        function allInner(responses) {
          const response = responses[responses.length - 1];
          if (!response.next) {
            return Promise.resolve(responses);
          }
          return response.next().then((response2) => allInner(responses.concat([response2])));
        }
        function repackResponses(responses) {
          const repackedResponse = responses.shift();
          repackedResponse.data = [repackedResponse.data];
          responses.forEach((response) => {
            repackedResponse.data = repackedResponse.data.concat(response.data);
            repackedResponse.resource = repackedResponse.resource.concat(response.resource);
          });
          return Promise.resolve(repackedResponse);
        }
        const method = "get";
        return api2({
          endpoint,
          method,
          ...partialParameters,
          ...shorthandParameters
        }).then((response) => allInner([response])).then((responses) => repackResponses(responses));
      };
      return partial;
    }
  }
});

// node_modules/@pagerduty/pdjs/build/src/events.js
var require_events = __commonJS({
  "node_modules/@pagerduty/pdjs/build/src/events.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.change = exports.resolve = exports.acknowledge = exports.trigger = exports.event = void 0;
    var common_1 = require_common();
    function event(eventParameters) {
      const { server = "events.pagerduty.com", type = "event", data, ...config } = eventParameters;
      let url = `https://${server}/v2/enqueue`;
      if (type === "change") {
        url = `https://${server}/v2/change/enqueue`;
      }
      return eventFetch(url, {
        method: "POST",
        body: JSON.stringify(data),
        ...config
      });
    }
    exports.event = event;
    var shorthand = (action) => (eventParameters) => {
      const typeField = "event_action";
      return event({
        ...eventParameters,
        data: {
          ...eventParameters.data,
          [typeField]: action
        }
      });
    };
    exports.trigger = shorthand("trigger");
    exports.acknowledge = shorthand("acknowledge");
    exports.resolve = shorthand("resolve");
    var change = (eventParameters) => event({ ...eventParameters, type: "change" });
    exports.change = change;
    function eventFetch(url, options) {
      return (0, common_1.request)(url, options).then((response) => {
        const apiResponse = response;
        return response.json().then((data) => {
          apiResponse.data = data;
          apiResponse.response = response;
          return apiResponse;
        });
      });
    }
  }
});

// node_modules/@pagerduty/pdjs/build/src/index.js
var require_src = __commonJS({
  "node_modules/@pagerduty/pdjs/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolve = exports.acknowledge = exports.trigger = exports.change = exports.event = exports.api = void 0;
    var api_1 = require_api();
    Object.defineProperty(exports, "api", { enumerable: true, get: function() {
      return api_1.api;
    } });
    var events_1 = require_events();
    Object.defineProperty(exports, "event", { enumerable: true, get: function() {
      return events_1.event;
    } });
    Object.defineProperty(exports, "change", { enumerable: true, get: function() {
      return events_1.change;
    } });
    Object.defineProperty(exports, "trigger", { enumerable: true, get: function() {
      return events_1.trigger;
    } });
    Object.defineProperty(exports, "acknowledge", { enumerable: true, get: function() {
      return events_1.acknowledge;
    } });
    Object.defineProperty(exports, "resolve", { enumerable: true, get: function() {
      return events_1.resolve;
    } });
  }
});

// node-builtin:node:diagnostics_channel#src/pagerduty/client.ts
var m = builtin("node:diagnostics_channel");
var client_default = m;

// node-builtin:node:crypto#src/pagerduty/client.ts
var m2 = builtin("node:crypto");
var randomUUID = m2.randomUUID;

// src/pagerduty/client.ts
var import_pdjs = __toESM(require_src(), 1);
var PAGERDUTY_API_URL = "https://api.pagerduty.com";
var PAGERDUTY_EU_API_URL = "https://api.eu.pagerduty.com";
var PagerDutyFeatureUnavailableError = class extends RemoteError {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
};
var PagerDutyNotFoundError = class extends RemoteError {
  constructor(message, resource, id) {
    super(message);
    this.resource = resource;
    this.id = id;
  }
  resource;
  id;
};
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_RATE_LIMIT_BUDGET_MS = 6e4;
var DEFAULT_TRANSIENT_RETRIES = 3;
var BACKOFF_BASE_MS = 1e3;
var DEFAULT_RATE_LIMIT_WAIT_MS = 5e3;
var MIN_RATE_LIMIT_WAIT_MS = 1e3;
var PAGE_LIMIT = 100;
var ANALYTICS_PAGE_LIMIT = 1e3;
var MAX_OFFSET_PLUS_LIMIT = 1e4;
var MAX_WINDOW_MS = 90 * 24 * 36e5;
var ALERT_TEXT_LIMITS = { alerts: 100, charsPerText: 2e3, totalChars: 16e3 };
function createPagerDutyClient(options) {
  installForCrossFetch();
  return new PagerDutyClient(options);
}
var PagerDutyClient = class {
  token;
  baseUrl;
  clock;
  log;
  timeoutMs;
  budgetMs;
  maxRetries;
  rateLimitWaitedMs = 0;
  requests = 0;
  constructor(options) {
    if (!options.token || !options.token.trim()) {
      throw new ConfigError(
        "The PagerDuty API token is empty. Set the PAGERDUTY_TOKEN secret (CLI: environment variable; action: pagerduty-token input) to a REST API key; a read-only key is enough unless escalate_to is used."
      );
    }
    this.token = options.token.trim();
    this.baseUrl = checkApiUrl(options.apiUrl ?? PAGERDUTY_API_URL);
    this.clock = options.clock;
    this.log = options.log;
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.budgetMs = options.rateLimitBudgetMs ?? DEFAULT_RATE_LIMIT_BUDGET_MS;
    this.maxRetries = options.maxTransientRetries ?? DEFAULT_TRANSIENT_RETRIES;
  }
  async listOnCalls(query) {
    const span = query.until.getTime() - query.since.getTime();
    if (!(span > 0)) {
      throw new ConfigError(
        `On-call window is empty: until (${query.until.toISOString()}) must be after since (${query.since.toISOString()}).`
      );
    }
    if (span > MAX_WINDOW_MS) {
      throw new ConfigError(
        `On-call window ${query.since.toISOString()} \u2013 ${query.until.toISOString()} is longer than the 90 days PagerDuty allows.`
      );
    }
    const params = {
      since: query.since.toISOString(),
      until: query.until.toISOString(),
      // Users in full (with email) so the Slack lookup needs no extra call per person. Never `earliest=true`: it
      // keeps one segment per user and level and would drop an afternoon override or a second shift.
      "include[]": ["users"]
    };
    if (query.scheduleIds?.length) params["schedule_ids[]"] = [...query.scheduleIds];
    if (query.escalationPolicyIds?.length) params["escalation_policy_ids[]"] = [...query.escalationPolicyIds];
    const items = await this.listAll("/oncalls", "oncalls", params);
    const shape = new Shape("GET /oncalls");
    return items.map((item, i) => toOnCall(shape, item, `oncalls[${i}]`));
  }
  async getSchedule(id) {
    const path = `/schedules/${pathId(id, "schedule")}`;
    const data = await this.send({
      method: "GET",
      path,
      target: {
        resource: "schedule",
        id,
        hint: "Check the schedule ID: it is the last part of the schedule's URL in PagerDuty (\u2026/schedules/PXXXXXX)"
      }
    });
    const shape = new Shape(`GET ${path}`);
    const schedule = shape.object(shape.object(data, "response").schedule, "schedule");
    const ref = toReference(shape, schedule, "schedule");
    return {
      ...ref,
      name: shape.optionalString(schedule.name, "schedule.name") ?? ref.name,
      timeZone: shape.string(schedule.time_zone, "schedule.time_zone")
    };
  }
  async getEscalationPolicy(id) {
    const path = `/escalation_policies/${pathId(id, "escalation policy")}`;
    const data = await this.send({
      method: "GET",
      path,
      target: {
        resource: "escalation policy",
        id,
        hint: "Check the escalation policy ID: it is the last part of the policy's URL in PagerDuty (\u2026/escalation_policies/PXXXXXX)"
      }
    });
    const shape = new Shape(`GET ${path}`);
    const policy = shape.object(shape.object(data, "response").escalation_policy, "escalation_policy");
    const ref = toReference(shape, policy, "escalation_policy");
    const rules = shape.array(policy.escalation_rules, "escalation_policy.escalation_rules");
    return {
      ...ref,
      name: shape.optionalString(policy.name, "escalation_policy.name") ?? ref.name,
      rules: rules.map((rule, i) => toRule(shape, rule, i))
    };
  }
  async getIncident(id) {
    const path = `/incidents/${pathId(id, "incident")}`;
    const data = await this.send({
      method: "GET",
      path,
      target: {
        resource: "incident",
        id,
        hint: "The incident may have been merged or deleted, or belong to another account"
      }
    });
    const shape = new Shape(`GET ${path}`);
    return toIncident(shape, shape.object(shape.object(data, "response").incident, "incident"));
  }
  async listIncidentAlertTexts(incidentId) {
    return (await this.listIncidentAlerts(incidentId)).texts;
  }
  async listIncidentAlerts(incidentId) {
    const path = `/incidents/${pathId(incidentId, "incident")}/alerts`;
    const data = await this.send({
      method: "GET",
      path,
      query: { limit: String(ALERT_TEXT_LIMITS.alerts), offset: "0" },
      target: { resource: "incident", id: incidentId, hint: "The incident may have been merged or deleted" }
    });
    const shape = new Shape(`GET ${path}`);
    const alerts = shape.array(shape.object(data, "response").alerts, "alerts");
    const texts = /* @__PURE__ */ new Set();
    let total = 0;
    const add = (text) => {
      const trimmed = text.trim();
      if (!trimmed || texts.has(trimmed) || total >= ALERT_TEXT_LIMITS.totalChars) return;
      const cut = clip(clip(trimmed, ALERT_TEXT_LIMITS.charsPerText), ALERT_TEXT_LIMITS.totalChars - total);
      texts.add(cut);
      total += cut.length;
    };
    const contexts = [];
    alerts.forEach((value, i) => {
      const alert = shape.object(value, `alerts[${i}]`);
      const summary = shape.optionalString(alert.summary, `alerts[${i}].summary`);
      if (summary) add(summary);
      if (alert.body == null) {
        if (contexts.length < ALERT_CONTEXT_LIMITS.alerts) contexts.push(alertContext(summary, {}));
        return;
      }
      const body = shape.object(alert.body, `alerts[${i}].body`);
      for (const text of detailTexts(body.details)) add(text);
      if (body.cef_details !== null && typeof body.cef_details === "object") {
        const cef = body.cef_details;
        for (const key of ["message", "description"]) if (typeof cef[key] === "string") add(cef[key]);
      }
      if (contexts.length < ALERT_CONTEXT_LIMITS.alerts) contexts.push(alertContext(summary, body));
    });
    return { texts: [...texts], alerts: contexts };
  }
  async escalateIncident(incidentId, level, fromEmail) {
    if (!Number.isInteger(level) || level < 1) {
      throw new ConfigError(
        `Cannot escalate incident ${incidentId}: level must be a whole number \u2265 1, found ${level}.`
      );
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(fromEmail)) {
      throw new ConfigError(
        `Cannot escalate incident ${incidentId}: PagerDuty needs the e-mail of a PagerDuty user in the From header, found ${JSON.stringify(fromEmail)}. Use the login e-mail of a PagerDuty user in the same account.`
      );
    }
    const path = `/incidents/${pathId(incidentId, "incident")}`;
    const data = await this.send({
      method: "PUT",
      path,
      body: { incident: { type: "incident_reference", escalation_level: level } },
      headers: { From: fromEmail },
      // Not repeated after a failure that may have been carried out: escalating pages people. The caller reads the
      // incident again and decides (src/alert/run.ts), so an escalation that did land is never sent twice.
      once: true,
      target: { resource: "incident", id: incidentId, hint: "The incident may have been merged or deleted" }
    });
    const shape = new Shape(`PUT ${path}`);
    shape.object(shape.object(data, "response").incident, "incident");
  }
  async listIncidentsCreated(query) {
    const shape = new Shape("GET /incidents");
    const filter = query.serviceIds?.length ? { "service_ids[]": query.serviceIds } : {};
    if (query.statuses?.length) filter["statuses[]"] = query.statuses;
    const rows = await this.listWindow("/incidents", "incidents", filter, query.since, query.until);
    return rows.map((row, i) => toIncident(shape, shape.object(row, `incidents[${i}]`)));
  }
  async listLogEntries(query) {
    const shape = new Shape("GET /log_entries");
    const rows = await this.listWindow(
      "/log_entries",
      "log_entries",
      { is_overview: "false" },
      query.since,
      query.until
    );
    return rows.map(
      (row, i) => toLogEntry(shape, shape.object(row, `log_entries[${i}]`), `log_entries[${i}]`)
    );
  }
  async listAnalyticsIncidents(query) {
    const label = "POST /analytics/raw/incidents";
    const shape = new Shape(label);
    const filters = {
      created_at_start: query.since.toISOString(),
      created_at_end: query.until.toISOString(),
      ...query.serviceIds?.length ? { service_ids: query.serviceIds } : {}
    };
    const out = [];
    let cursor;
    for (; ; ) {
      const page = shape.object(
        await this.send({
          method: "POST",
          path: "/analytics/raw/incidents",
          body: {
            filters,
            limit: ANALYTICS_PAGE_LIMIT,
            order: "asc",
            order_by: "created_at",
            // Analytics times carry no offset; asking for UTC makes them UTC.
            time_zone: "Etc/UTC",
            ...cursor ? { starting_after: cursor } : {}
          },
          feature: "PagerDuty Analytics"
        }),
        "response"
      );
      const rows = shape.array(page.data, "data");
      rows.forEach(
        (row, i) => out.push(toAnalyticsIncident(shape, shape.object(row, `data[${i}]`), `data[${i}]`))
      );
      if (!shape.boolean(page.more, "more") || rows.length === 0) return out;
      const next = shape.string(page.last, "last");
      if (next === cursor) shape.fail("last", "a cursor that moves on", next);
      cursor = next;
    }
  }
  requestCount() {
    return this.requests;
  }
  async listRecentIncidents(query) {
    const shape = new Shape("GET /incidents");
    const params = {
      since: query.since.toISOString(),
      until: query.until.toISOString(),
      sort_by: "created_at:desc",
      ...query.statuses?.length ? { "statuses[]": [...query.statuses] } : {}
    };
    const { rows, complete } = await this.listPages("/incidents", "incidents", params, query.maxPages);
    return {
      incidents: rows.map((row, i) => toIncident(shape, shape.object(row, `incidents[${i}]`))),
      complete
    };
  }
  async listIncidentNotes(incidentId) {
    const path = `/incidents/${pathId(incidentId, "incident")}/notes`;
    const data = await this.send({
      method: "GET",
      path,
      target: { resource: "incident", id: incidentId, hint: "The incident may have been merged or deleted" }
    });
    const shape = new Shape(`GET ${path}`);
    const notes = shape.array(shape.object(data, "response").notes, "notes");
    return notes.map((value, i) => {
      const note = shape.object(value, `notes[${i}]`);
      const createdAt = note.created_at == null ? void 0 : shape.date(note.created_at, `notes[${i}].created_at`);
      return {
        content: shape.optionalString(note.content, `notes[${i}].content`) ?? "",
        ...createdAt ? { createdAt } : {},
        ...note.user == null ? {} : { user: toReference(shape, note.user, `notes[${i}].user`) }
      };
    });
  }
  async listIncidentLogEntries(incidentId, options) {
    const path = `/incidents/${pathId(incidentId, "incident")}/log_entries`;
    const shape = new Shape(`GET ${path}`);
    const { rows, complete } = await this.listPages(
      path,
      "log_entries",
      { is_overview: "false" },
      options.maxPages
    );
    const entries = rows.map(
      (row, i) => toLogEntry(shape, shape.object(row, `log_entries[${i}]`), `log_entries[${i}]`, incidentId)
    );
    return { entries: entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()), complete };
  }
  /** At most `maxPages` pages of an offset-paginated list; any failed page fails the read. */
  async listPages(path, key, query, maxPages) {
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      throw new ConfigError(`A bounded PagerDuty read needs at least one page, found ${maxPages}.`);
    }
    const out = [];
    const shape = new Shape(`GET ${path}`);
    for (let page = 0; page < maxPages; page++) {
      const offset = page * PAGE_LIMIT;
      const data = await this.send({
        method: "GET",
        path,
        query: { ...query, limit: String(PAGE_LIMIT), offset: String(offset) }
      });
      const body = shape.object(data, "response");
      out.push(...shape.array(body[key], key));
      if (!shape.boolean(body.more, "more")) return { rows: out, complete: true };
    }
    return { rows: out, complete: false };
  }
  /**
   * Every page of a time-windowed list. The first page asks for the total; a window holding more than offset paging
   * can reach (10,000) is split in two halves, recursively, so no entry is ever out of reach.
   */
  async listWindow(path, key, filter, since, until) {
    const shape = new Shape(`GET ${path}`);
    const window2 = { ...filter, since: since.toISOString(), until: until.toISOString() };
    const first = shape.object(
      await this.send({
        method: "GET",
        path,
        query: { ...window2, limit: String(PAGE_LIMIT), offset: "0", total: "true" }
      }),
      "response"
    );
    const total = typeof first.total === "number" ? first.total : void 0;
    const span = until.getTime() - since.getTime();
    if (total !== void 0 && total > MAX_OFFSET_PLUS_LIMIT && span > 1e3) {
      const middle = new Date(since.getTime() + Math.floor(span / 2e3) * 1e3);
      return [
        ...await this.listWindow(path, key, filter, since, middle),
        ...await this.listWindow(path, key, filter, middle, until)
      ];
    }
    const out = [...shape.array(first[key], key)];
    if (!shape.boolean(first.more, "more")) return out;
    return [...out, ...await this.listAll(path, key, window2, PAGE_LIMIT)];
  }
  async findUserByEmail(email) {
    const wanted = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(wanted)) return void 0;
    const data = await this.send({
      method: "GET",
      path: "/users",
      query: { query: wanted, limit: String(PAGE_LIMIT), offset: "0" }
    });
    const shape = new Shape("GET /users");
    const users = shape.array(shape.object(data, "response").users, "users");
    for (const [i, value] of users.entries()) {
      const user = toUser(shape, value, `users[${i}]`);
      if (user.email?.toLowerCase() === wanted) return user;
    }
    return void 0;
  }
  async setIncidentStatus(incidentId, status, fromEmail) {
    checkFrom(fromEmail, `Cannot change incident ${incidentId}`);
    const path = `/incidents/${pathId(incidentId, "incident")}`;
    const data = await this.send({
      method: "PUT",
      path,
      body: { incident: { type: "incident_reference", status } },
      headers: { From: fromEmail },
      target: { resource: "incident", id: incidentId, hint: "The incident may have been merged or deleted" }
    });
    const shape = new Shape(`PUT ${path}`);
    shape.object(shape.object(data, "response").incident, "incident");
  }
  async addIncidentNote(incidentId, content, fromEmail) {
    checkFrom(fromEmail, `Cannot add a note to incident ${incidentId}`);
    const path = `/incidents/${pathId(incidentId, "incident")}/notes`;
    const data = await this.send({
      method: "POST",
      path,
      body: { note: { content } },
      headers: { From: fromEmail },
      // Two identical notes would be noise on the incident's timeline; the person is told to check and retry.
      once: true,
      target: { resource: "incident", id: incidentId, hint: "The incident may have been merged or deleted" }
    });
    const shape = new Shape(`POST ${path}`);
    shape.object(shape.object(data, "response").note, "note");
  }
  // ---- transport ------------------------------------------------------------------------------------------------
  /** Reads every page of an offset-paginated list; any failed page fails the whole read. */
  async listAll(path, key, query, startOffset = 0) {
    const out = [];
    const shape = new Shape(`GET ${path}`);
    for (let offset = startOffset; ; offset += PAGE_LIMIT) {
      if (offset + PAGE_LIMIT > MAX_OFFSET_PLUS_LIMIT) {
        throw new RemoteError(
          `PagerDuty GET ${path} has more than ${offset} entries for this query and cannot page past ${MAX_OFFSET_PLUS_LIMIT.toLocaleString("en-US")} (offset + limit). Narrow the time window or the schedule / escalation policy IDs.`
        );
      }
      const data = await this.send({
        method: "GET",
        path,
        query: { ...query, limit: String(PAGE_LIMIT), offset: String(offset) }
      });
      const page = shape.object(data, "response");
      out.push(...shape.array(page[key], key));
      if (page.offset !== void 0 && page.offset !== offset) {
        shape.fail("offset", `${offset} (the offset requested)`, page.offset);
      }
      if (!shape.boolean(page.more, "more")) return out;
    }
  }
  /** One logical request: retries transient failures with backoff and waits out 429s within the budget. */
  async send(spec) {
    const label = `${spec.method} ${spec.path}`;
    let failures = 0;
    for (; ; ) {
      const attempt = await this.attempt(spec, label);
      if (attempt.kind === "ok") return watchResponse("pagerduty", label, attempt.data);
      if (attempt.kind === "rate-limited") {
        await this.waitForRateLimit(label, attempt.waitMs, attempt.source);
        continue;
      }
      failures += 1;
      if (spec.once) {
        throw new TransientError(
          this.scrub(`${attempt.reason} Not repeated: the request may or may not have been carried out.`)
        );
      }
      if (failures > this.maxRetries) {
        throw new TransientError(
          this.scrub(
            `${attempt.reason} Gave up after ${failures} attempts. PagerDuty may be having an outage (https://status.pagerduty.com); the run can be retried later.`
          )
        );
      }
      const backoff = BACKOFF_BASE_MS * 2 ** (failures - 1);
      this.log.info(
        this.scrub(
          `${attempt.reason} Retrying in ${backoff / 1e3} s (retry ${failures} of ${this.maxRetries}).`
        )
      );
      await this.clock.sleep(backoff);
    }
  }
  async waitForRateLimit(label, waitMs, source) {
    if (this.rateLimitWaitedMs + waitMs > this.budgetMs) {
      throw new RateLimitedError(
        `PagerDuty is rate limiting this API key: ${label} answered 429 and asked to wait ${seconds(waitMs)} s (${source}); this run already waited ${seconds(this.rateLimitWaitedMs)} s and may wait at most ${seconds(this.budgetMs)} s. Another integration may be using the same key heavily (the limit is 960 requests a minute per key): retry later, or give this tool its own key.`,
        waitMs
      );
    }
    this.rateLimitWaitedMs += waitMs;
    this.log.info(
      `PagerDuty rate limit on ${label}: waiting ${seconds(waitMs)} s (${source}; ${seconds(this.rateLimitWaitedMs)} s of the ${seconds(this.budgetMs)} s budget used).`
    );
    await this.clock.sleep(waitMs);
  }
  /** One HTTP attempt through pdjs, classified. Throws only for failures that retrying cannot fix. */
  async attempt(spec, label) {
    const attemptId = randomUUID();
    this.requests++;
    const cancel = new AbortController();
    const deadline = AbortSignal.timeout(this.timeoutMs);
    let rateLimited;
    const unwatch = watchResponseHeaders(attemptId, (status2, headers) => {
      if (status2 !== 429) return;
      rateLimited = headers;
      queueMicrotask(() => cancel.abort(new Error("cancelled after 429 so the rate-limit wait is ours")));
    });
    let response;
    let json = true;
    try {
      response = await (0, import_pdjs.api)({
        url: `${this.baseUrl}${spec.path}`,
        token: this.token,
        method: spec.method,
        ...spec.query ? { queryParameters: spec.query } : {},
        ...spec.body ? { data: spec.body } : {},
        headers: { ...spec.headers, [ATTEMPT_HEADER]: attemptId },
        requestTimeout: 0,
        // Only matters if the header watch could not see a 429: then pdjs retries at once instead of after 20 s.
        retryTimeout: 0,
        signal: AbortSignal.any([deadline, cancel.signal])
      });
    } catch (error) {
      if (rateLimited) return rateLimitAttempt(rateLimited, this.clock.now());
      if (deadline.aborted) {
        return {
          kind: "transient",
          reason: `PagerDuty did not answer ${label} within ${seconds(this.timeoutMs)} s.`
        };
      }
      if (!isPdjsResponse(error)) {
        return {
          kind: "transient",
          reason: `Could not reach PagerDuty for ${label}: ${networkReason(error)}.`
        };
      }
      response = error;
      json = false;
    } finally {
      unwatch();
    }
    const status = response.status;
    this.log.debug(`PagerDuty ${label} \u2192 ${status}`);
    if (status === 429) {
      return rateLimitAttempt((name) => response.headers.get(name) ?? void 0, this.clock.now());
    }
    if (spec.feature && (status === 402 || status === 403)) {
      throw new PagerDutyFeatureUnavailableError(
        `PagerDuty answered ${status} to ${label}: this account or API key has no access to ${spec.feature}.`,
        status
      );
    }
    if (status === 401 || status === 403) {
      throw new AuthError(
        `PagerDuty refused the API token (${status}) on ${label}. Check the PAGERDUTY_TOKEN secret / pagerduty-token input; a read-only key is enough unless escalate_to is used` + (spec.method === "GET" ? "." : " \u2014 this request changes an incident, so the key must not be read-only.")
      );
    }
    if (status >= 500) {
      const what = json ? errorDetail(response.data) : "an HTML/non-JSON error page";
      return {
        kind: "transient",
        reason: `PagerDuty answered ${status} to ${label}${what ? ` (${what})` : ""}.`
      };
    }
    if (status === 404 && spec.target) {
      const { resource, id, hint } = spec.target;
      throw new PagerDutyNotFoundError(
        `PagerDuty has no ${resource} "${id}" visible to this API key (404 on ${label}). ${hint}; EU accounts also need PAGERDUTY_API_URL=${PAGERDUTY_EU_API_URL}.`,
        resource,
        id
      );
    }
    if (status < 200 || status >= 300) {
      const detail = json ? errorDetail(response.data) : "a non-JSON body";
      throw new RemoteError(
        this.scrub(`PagerDuty rejected ${label} with ${status}${detail ? `: ${detail}` : ""}.`)
      );
    }
    if (!json) {
      throw new RemoteError(
        `PagerDuty answered ${status} to ${label} with a body that is not JSON. Check pagerduty-api-url (PAGERDUTY_API_URL): it should be ${PAGERDUTY_API_URL} or ${PAGERDUTY_EU_API_URL}, not a proxy or web page.`
      );
    }
    return { kind: "ok", data: response.data };
  }
  /** Removes the token from text that came from elsewhere (remote error messages), should it ever be echoed. */
  scrub(text) {
    return text.split(this.token).join("***");
  }
};
var ATTEMPT_HEADER = "x-oncall-request-id";
var RESPONSE_HEADERS_CHANNEL = "undici:request:headers";
var watchers = /* @__PURE__ */ new Map();
var subscribed = false;
function watchResponseHeaders(id, onHeaders) {
  if (!subscribed) {
    client_default.subscribe(RESPONSE_HEADERS_CHANNEL, onResponseHeaders);
    watchResponses(onResponseHeaders);
    subscribed = true;
  }
  watchers.set(id, onHeaders);
  return () => watchers.delete(id);
}
function onResponseHeaders(message) {
  if (watchers.size === 0 || message === null || typeof message !== "object") return;
  const { request, response } = message;
  const id = rawHeader(request?.headers, ATTEMPT_HEADER);
  const watcher = id === void 0 ? void 0 : watchers.get(id);
  if (!watcher || typeof response?.statusCode !== "number") return;
  const headers = response.headers;
  watcher(response.statusCode, (name) => rawHeader(headers, name));
}
function rawHeader(raw, name) {
  const wanted = name.toLowerCase();
  if (Array.isArray(raw)) {
    if (raw.every((entry) => Array.isArray(entry))) {
      for (const [k, v] of raw) if (String(k).toLowerCase() === wanted) return String(v);
      return void 0;
    }
    for (let i = 0; i + 1 < raw.length; i += 2)
      if (String(raw[i]).toLowerCase() === wanted) return String(raw[i + 1]);
    return void 0;
  }
  if (typeof raw === "string") {
    for (const line of raw.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted)
        return line.slice(colon + 1).trim();
    }
  }
  return void 0;
}
function rateLimitWait(header, now) {
  const reset = header("ratelimit-reset")?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    return {
      waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, Number(reset) * 1e3),
      source: `ratelimit-reset: ${reset}`
    };
  }
  const retryAfter = header("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) {
      return {
        waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, Number(retryAfter) * 1e3),
        source: `retry-after: ${retryAfter}`
      };
    }
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) {
      return {
        waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, at - now.getTime()),
        source: `retry-after: ${retryAfter}`
      };
    }
  }
  return { waitMs: DEFAULT_RATE_LIMIT_WAIT_MS, source: "no rate-limit header, default wait" };
}
function rateLimitAttempt(header, now) {
  return { kind: "rate-limited", ...rateLimitWait(header, now) };
}
function isPdjsResponse(value) {
  return value !== null && typeof value === "object" && typeof value.status === "number" && typeof value.headers?.get === "function";
}
function networkReason(error) {
  const cause = error instanceof Error && error.cause !== void 0 ? `: ${describeError(error.cause)}` : "";
  return `${describeError(error)}${cause}`;
}
function errorDetail(data) {
  if (data === null || typeof data !== "object") return "";
  const error = data.error;
  if (error === null || typeof error !== "object") return "";
  const { message, code, errors } = error;
  const parts = [
    typeof message === "string" ? message : "",
    typeof code === "number" ? `code ${code}` : ""
  ].filter(Boolean);
  const list = Array.isArray(errors) ? errors.filter((e) => typeof e === "string") : [];
  return clip([parts.join(", "), list.join("; ")].filter(Boolean).join(" \u2014 "), 500);
}
function checkApiUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)} (PAGERDUTY_API_URL / pagerduty-api-url): expected ${PAGERDUTY_API_URL} or, for EU accounts, ${PAGERDUTY_EU_API_URL}.`
    );
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)} (PAGERDUTY_API_URL / pagerduty-api-url): the API key must travel over https (plain http is accepted for 127.0.0.1/localhost only).`
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)}: remove the query string or fragment.`
    );
  }
  return url.toString().replace(/\/+$/, "");
}
function checkFrom(fromEmail, what) {
  if (!/^[^\s@]+@[^\s@]+$/.test(fromEmail)) {
    throw new ConfigError(
      `${what}: PagerDuty needs the e-mail of a PagerDuty user in the From header, found ${JSON.stringify(fromEmail)}.`
    );
  }
}
function pathId(id, what) {
  if (typeof id !== "string" || !id.trim())
    throw new ConfigError(`A PagerDuty ${what} ID is required, found ${JSON.stringify(id)}.`);
  return encodeURIComponent(id.trim());
}
function seconds(ms) {
  return String(Math.round(ms / 100) / 10);
}
function clip(text, max) {
  if (text.length <= max) return text;
  return max <= 1 ? text.slice(0, Math.max(0, max)) : `${text.slice(0, max - 1)}\u2026`;
}
var ALERT_CONTEXT_LIMITS = { alerts: 5, details: 20, links: 10, chars: 1e3 };
function alertContext(summary, body) {
  const cut = (text) => clip(text.trim(), ALERT_CONTEXT_LIMITS.chars);
  const cef = isRecord(body.cef_details) ? body.cef_details : {};
  const out = { details: [], links: [] };
  if (summary) out.summary = cut(summary);
  const description = [cef.description, cef.message].find(
    (d) => typeof d === "string" && d.trim() !== "" && d.trim() !== summary?.trim()
  );
  if (description) out.description = cut(description);
  const details = body.details ?? cef.details;
  if (typeof details === "string" && details.trim() !== "")
    out.details.push({ key: "", value: cut(details) });
  if (isRecord(details)) {
    for (const [key, value] of Object.entries(details)) {
      if (out.details.length >= ALERT_CONTEXT_LIMITS.details) break;
      if (value === null || value === void 0 || value === "") continue;
      const text = typeof value === "string" ? value : JSON.stringify(value);
      out.details.push({ key: clip(key, 100), value: cut(text) });
    }
  }
  const addLink = (href, text) => {
    if (typeof href !== "string" || !/^https?:\/\//i.test(href) || out.links.length >= ALERT_CONTEXT_LIMITS.links)
      return;
    if (out.links.some((l) => l.href === href)) return;
    out.links.push({
      href: clip(href, 2e3),
      ...typeof text === "string" && text.trim() ? { text: clip(text.trim(), 100) } : {}
    });
  };
  for (const list of [body.contexts, cef.contexts]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isRecord(c) && c.type === "link") addLink(c.href, c.text);
  }
  addLink(cef.client_url, cef.client);
  return out;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function detailTexts(details) {
  if (typeof details === "string") return [details];
  if (details === null || typeof details !== "object" || Array.isArray(details)) return [];
  const out = [];
  for (const [key, value] of Object.entries(details)) {
    if (value === null || value === void 0 || value === "") continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    out.push(`${key}: ${clip(text, ALERT_TEXT_LIMITS.charsPerText)}`);
  }
  return out;
}
var Shape = class {
  constructor(where) {
    this.where = where;
  }
  where;
  fail(path, expected, found) {
    throw new RemoteError(
      `PagerDuty ${this.where} returned an unexpected response: ${path} should be ${expected}, found ${describeValue(found)}. The API may have changed, or something other than PagerDuty answered (check pagerduty-api-url).`
    );
  }
  object(value, path) {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      this.fail(path, "an object", value);
    return value;
  }
  array(value, path) {
    if (!Array.isArray(value)) this.fail(path, "a list", value);
    return value;
  }
  string(value, path) {
    if (typeof value !== "string" || value === "") this.fail(path, "a non-empty string", value);
    return value;
  }
  optionalString(value, path) {
    if (value === null || value === void 0 || value === "") return void 0;
    if (typeof value !== "string") this.fail(path, "a string", value);
    return value;
  }
  boolean(value, path) {
    if (typeof value !== "boolean") this.fail(path, "true or false", value);
    return value;
  }
  integer(value, path, min = 0) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
      this.fail(path, `a whole number \u2265 ${min}`, value);
    }
    return value;
  }
  date(value, path) {
    const text = this.string(value, path);
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) this.fail(path, "an ISO 8601 date-time", value);
    return new Date(ms);
  }
  nullableDate(value, path) {
    return value === null || value === void 0 ? null : this.date(value, path);
  }
  oneOf(value, path, allowed) {
    if (typeof value !== "string" || !allowed.includes(value)) {
      this.fail(path, `one of ${allowed.join(", ")}`, value);
    }
    return value;
  }
};
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `${JSON.stringify(clip(value, 60))} (a string)`;
  if (typeof value === "object") return "an object";
  return `${String(value)} (a ${typeof value})`;
}
function toReference(shape, value, path) {
  const o = shape.object(value, path);
  const id = shape.string(o.id, `${path}.id`);
  const name = shape.optionalString(o.summary, `${path}.summary`) ?? shape.optionalString(o.name, `${path}.name`) ?? id;
  const htmlUrl = shape.optionalString(o.html_url, `${path}.html_url`);
  return { id, name, ...htmlUrl ? { htmlUrl } : {} };
}
function toUser(shape, value, path) {
  const ref = toReference(shape, value, path);
  const o = value;
  const email = shape.optionalString(o.email, `${path}.email`);
  const timeZone = shape.optionalString(o.time_zone, `${path}.time_zone`);
  return {
    ...ref,
    name: shape.optionalString(o.name, `${path}.name`) ?? ref.name,
    ...email ? { email } : {},
    ...timeZone ? { timeZone } : {}
  };
}
function toOnCall(shape, value, path) {
  const o = shape.object(value, path);
  const start = shape.nullableDate(o.start, `${path}.start`);
  const end = shape.nullableDate(o.end, `${path}.end`);
  if (start && end && end.getTime() <= start.getTime()) {
    shape.fail(`${path}.end`, `after start (${start.toISOString()})`, o.end);
  }
  return {
    user: toUser(shape, o.user, `${path}.user`),
    schedule: o.schedule == null ? null : toReference(shape, o.schedule, `${path}.schedule`),
    escalationPolicy: toReference(shape, o.escalation_policy, `${path}.escalation_policy`),
    escalationLevel: shape.integer(o.escalation_level, `${path}.escalation_level`, 1),
    start,
    end
  };
}
var ESCALATION_TARGET_TYPES = [
  "user",
  "user_reference",
  "schedule",
  "schedule_reference",
  "schedule_v3_reference"
];
function toRule(shape, value, index) {
  const path = `escalation_policy.escalation_rules[${index}]`;
  const rule = shape.object(value, path);
  const targets = shape.array(rule.targets, `${path}.targets`).map((t, j) => {
    const tpath = `${path}.targets[${j}]`;
    const type = shape.oneOf(shape.object(t, tpath).type, `${tpath}.type`, ESCALATION_TARGET_TYPES);
    return {
      type: type.startsWith("user") ? "user" : "schedule",
      ...toReference(shape, t, tpath)
    };
  });
  return {
    level: index + 1,
    delayMinutes: shape.integer(rule.escalation_delay_in_minutes, `${path}.escalation_delay_in_minutes`),
    targets
  };
}
var INCIDENT_STATUSES = ["triggered", "acknowledged", "resolved"];
function toLogEntry(shape, o, where, knownIncidentId) {
  const incident = knownIncidentId !== void 0 && o.incident == null ? { id: knownIncidentId } : shape.object(o.incident, `${where}.incident`);
  const agent = o.agent == null ? void 0 : shape.object(o.agent, `${where}.agent`);
  const channel = o.channel == null ? void 0 : shape.object(o.channel, `${where}.channel`);
  const summary = shape.optionalString(o.summary, `${where}.summary`);
  const agentName = agent ? shape.optionalString(agent.summary, `${where}.agent.summary`) : void 0;
  const channelType = channel ? shape.optionalString(channel.type, `${where}.channel.type`) : void 0;
  return {
    incidentId: shape.string(incident.id, `${where}.incident.id`),
    type: shape.string(o.type, `${where}.type`),
    createdAt: shape.date(o.created_at, `${where}.created_at`),
    ...summary !== void 0 ? { summary } : {},
    ...agent ? {
      agent: {
        id: shape.string(agent.id, `${where}.agent.id`),
        type: shape.string(agent.type, `${where}.agent.type`),
        ...agentName !== void 0 ? { name: agentName } : {}
      }
    } : {},
    ...channelType !== void 0 ? { channelType } : {}
  };
}
function analyticsTime(shape, value, path) {
  const text = shape.string(value, path);
  return shape.date(/(?:Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`, path);
}
function toAnalyticsIncident(shape, o, where) {
  const optionalSeconds = (key) => o[key] === null || o[key] === void 0 ? void 0 : shape.integer(o[key], `${where}.${key}`);
  const ackSeconds = optionalSeconds("seconds_to_first_ack");
  const resolveSeconds = optionalSeconds("seconds_to_resolve");
  const ids = o.acknowledged_user_ids == null ? [] : shape.array(o.acknowledged_user_ids, `${where}.acknowledged_user_ids`);
  const names = o.acknowledged_user_names == null ? [] : shape.array(o.acknowledged_user_names, `${where}.acknowledged_user_names`);
  return {
    id: shape.string(o.id, `${where}.id`),
    createdAt: analyticsTime(shape, o.created_at, `${where}.created_at`),
    ...o.resolved_at == null ? {} : { resolvedAt: analyticsTime(shape, o.resolved_at, `${where}.resolved_at`) },
    ...ackSeconds !== void 0 ? { secondsToFirstAck: ackSeconds } : {},
    ...resolveSeconds !== void 0 ? { secondsToResolve: resolveSeconds } : {},
    escalationCount: o.escalation_count == null ? 0 : shape.integer(o.escalation_count, `${where}.escalation_count`),
    autoResolved: o.auto_resolved == null ? false : shape.boolean(o.auto_resolved, `${where}.auto_resolved`),
    acknowledgedUsers: ids.map((id, i) => {
      const name = shape.optionalString(names[i], `${where}.acknowledged_user_names[${i}]`);
      return { id: shape.string(id, `${where}.acknowledged_user_ids[${i}]`), ...name ? { name } : {} };
    })
  };
}
function toIncident(shape, o) {
  const assignments = o.assignments == null ? [] : shape.array(o.assignments, "incident.assignments");
  const number = o.incident_number == null ? void 0 : shape.integer(o.incident_number, "incident.incident_number", 1);
  const level = o.escalation_level == null ? void 0 : shape.integer(o.escalation_level, "incident.escalation_level", 1);
  return {
    id: shape.string(o.id, "incident.id"),
    ...number !== void 0 ? { number } : {},
    title: shape.optionalString(o.title, "incident.title") ?? shape.string(o.summary, "incident.summary"),
    status: shape.oneOf(o.status, "incident.status", INCIDENT_STATUSES),
    urgency: shape.oneOf(o.urgency, "incident.urgency", ["high", "low"]),
    priority: o.priority == null ? null : toReference(shape, o.priority, "incident.priority"),
    service: toReference(shape, o.service, "incident.service"),
    escalationPolicy: toReference(shape, o.escalation_policy, "incident.escalation_policy"),
    htmlUrl: shape.string(o.html_url, "incident.html_url"),
    createdAt: shape.date(o.created_at, "incident.created_at"),
    ...level !== void 0 ? { escalationLevel: level } : {},
    assignees: assignments.map(
      (a, i) => toUser(
        shape,
        shape.object(a, `incident.assignments[${i}]`).assignee,
        `incident.assignments[${i}].assignee`
      )
    ),
    ...Array.isArray(o.teams) && o.teams.length > 0 ? { teams: o.teams.map((t, i) => toReference(shape, t, `incident.teams[${i}]`)) } : {},
    ...statusChange(shape, o)
  };
}
function statusChange(shape, o) {
  const optional = (read) => {
    try {
      return read();
    } catch {
      return void 0;
    }
  };
  const resolvedAt = optional(() => shape.nullableDate(o.resolved_at, "incident.resolved_at"));
  const changedAt = optional(
    () => shape.nullableDate(o.last_status_change_at, "incident.last_status_change_at")
  );
  const by = o.last_status_change_by;
  const changedBy = by == null ? void 0 : optional(() => {
    const type = shape.optionalString(
      shape.object(by, "incident.last_status_change_by").type,
      "incident.last_status_change_by.type"
    );
    return { ...toReference(shape, by, "incident.last_status_change_by"), ...type ? { type } : {} };
  });
  return {
    ...resolvedAt ? { resolvedAt } : {},
    ...changedAt ? { lastStatusChangeAt: changedAt } : {},
    ...changedBy ? { lastStatusChangeBy: changedBy } : {}
  };
}

export {
  PAGERDUTY_API_URL,
  PAGERDUTY_EU_API_URL,
  PagerDutyFeatureUnavailableError,
  PagerDutyNotFoundError,
  createPagerDutyClient,
  rateLimitWait,
  ESCALATION_TARGET_TYPES
};
