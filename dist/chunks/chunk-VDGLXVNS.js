import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BODY_BYTES,
  RecentEvents,
  RequestRefusedError
} from "./chunk-QQKTGA3R.js";
import {
  levelOf
} from "./chunk-7K76UV3Z.js";
import {
  UserDirectory,
  formatPerson
} from "./chunk-7VJA5HDZ.js";
import {
  InvalidInteractionError,
  TOP_EVENT_TYPE,
  noteModal,
  parseInteraction,
  parseSlashCommand
} from "./chunk-MENKK2CK.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  escapeMrkdwn
} from "./chunk-IA4VIC32.js";
import {
  AuthError,
  RateLimitedError,
  TransientError,
  describeError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:http#src/relay/node-server.ts
var m = builtin("node:http");
var createServer = m.createServer;

// src/relay/node-server.ts
var DEFAULT_MAX_CONNECTIONS = 256;
var DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
var DEFAULT_HEADERS_TIMEOUT_MS = 5e3;
var DEFAULT_BODY_TIMEOUT_MS = 2e3;
var DEFAULT_SHED_AFTER_MS = 500;
var AT_CAPACITY_BODY = '{"error":"relay at capacity; retry"}';
var AT_CAPACITY = `HTTP/1.1 503 Service Unavailable\r
Content-Type: application/json; charset=utf-8\r
Retry-After: 1\r
Connection: close\r
Content-Length: ${AT_CAPACITY_BODY.length}\r
\r
${AT_CAPACITY_BODY}`;
async function startRelayServer(options) {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_DEADLINE_MS + 500;
  const shedAfterMs = options.shedAfterMs ?? DEFAULT_SHED_AFTER_MS;
  const connections = /* @__PURE__ */ new Map();
  const stats = {
    connections: 0,
    peakConnections: 0,
    bufferedBytes: 0,
    peakBufferedBytes: 0,
    refusedConnections: 0,
    refusedOverBudget: 0,
    shed: 0,
    timedOut: 0,
    headerTimeouts: 0,
    tooLarge: 0
  };
  let closing = false;
  const armIdle = (connection) => {
    clearTimeout(connection.idleTimer);
    connection.idle = true;
    connection.idleTimer = setTimeout(() => {
      if (connection.upload) return;
      stats.headerTimeouts += 1;
      connection.socket.destroy();
    }, headersTimeoutMs);
    connection.idleTimer.unref();
  };
  const shedOne = (need, except) => {
    const now = Date.now();
    let victim;
    for (const connection of connections.values()) {
      if (connection === except) continue;
      const upload = connection.upload;
      if (upload === void 0) {
        if (need === "bytes" || !connection.idle) continue;
        victim = connection;
        break;
      }
      if (!upload.reading || now - upload.arrivedAt < shedAfterMs) continue;
      if (need === "bytes" && upload.buffered === 0) continue;
      if (!victim?.upload || upload.arrivedAt < victim.upload.arrivedAt) victim = connection;
    }
    if (!victim) return false;
    stats.shed += 1;
    connections.delete(victim.socket);
    stats.connections = connections.size;
    if (victim.upload)
      victim.upload.refuse(503, "shed: the body was still arriving when the relay needed room");
    else victim.socket.destroy();
    return true;
  };
  const server = createServer((req, res) => {
    const connection = connections.get(req.socket);
    if (!connection) {
      req.socket.destroy();
      return;
    }
    serve(req, res, connection);
  });
  server.on("connection", (socket) => {
    if (connections.size >= maxConnections && !shedOne("connection")) {
      stats.refusedConnections += 1;
      socket.end(AT_CAPACITY);
      socket.destroySoon();
      return;
    }
    const connection = { socket, upload: void 0, idle: true, idleTimer: void 0 };
    connections.set(socket, connection);
    stats.connections = connections.size;
    stats.peakConnections = Math.max(stats.peakConnections, connections.size);
    armIdle(connection);
    socket.once("close", () => {
      clearTimeout(connection.idleTimer);
      connection.upload?.refuse(503, "connection closed");
      connections.delete(socket);
      stats.connections = connections.size;
    });
  });
  server.keepAliveTimeout = headersTimeoutMs + 1e3;
  server.headersTimeout = headersTimeoutMs + 1e3;
  server.requestTimeout = Math.max(answerTimeoutMs, bodyTimeoutMs) + headersTimeoutMs + 2e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  function serve(req, res, connection) {
    clearTimeout(connection.idleTimer);
    connection.idle = false;
    const method = req.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    let controller;
    let mustClose = false;
    const stream = hasBody ? new ReadableStream({
      start: (c) => void (controller = c),
      // The handler stopped reading (too large, past its deadline): stop buffering what still arrives.
      cancel: () => {
        if (!upload.reading) return;
        upload.reading = false;
        mustClose = true;
        req.removeAllListeners("data");
        req.resume();
      }
    }) : void 0;
    let answered = false;
    const timers = [];
    const release = () => {
      for (const timer of timers) clearTimeout(timer);
      stats.bufferedBytes -= upload.buffered;
      upload.buffered = 0;
      if (connection.upload === upload) connection.upload = void 0;
    };
    const upload = {
      arrivedAt: Date.now(),
      reading: hasBody,
      buffered: 0,
      refuse(status, reason) {
        if (upload.reading) {
          upload.reading = false;
          try {
            controller?.error(new RequestRefusedError(status, reason));
          } catch {
          }
        }
        release();
        if (!answered && !res.headersSent && !res.destroyed) {
          answered = true;
          res.writeHead(status, { "content-type": "application/json; charset=utf-8", connection: "close" });
          res.end(JSON.stringify({ error: reason }));
          res.once("finish", () => req.socket.destroy());
          setTimeout(() => req.socket.destroy(), 1e3).unref();
        } else req.socket.destroy();
        req.removeAllListeners("data");
        req.resume();
      }
    };
    connection.upload = upload;
    const declared = Number(req.headers["content-length"]);
    if (hasBody && Number.isFinite(declared) && declared > maxBodyBytes) {
      stats.tooLarge += 1;
      upload.refuse(413, "body too large");
      return;
    }
    timers.push(
      setTimeout(() => {
        stats.timedOut += 1;
        upload.refuse(503, `no answer within ${answerTimeoutMs} ms; retry`);
      }, answerTimeoutMs)
    );
    if (hasBody) {
      timers.push(
        setTimeout(() => {
          if (!upload.reading) return;
          stats.timedOut += 1;
          upload.refuse(503, `request body not received within ${bodyTimeoutMs} ms; retry`);
        }, bodyTimeoutMs)
      );
      req.on("data", (chunk) => {
        if (!upload.reading) return;
        if (upload.buffered + chunk.length > maxBodyBytes) {
          stats.tooLarge += 1;
          upload.refuse(413, "body too large");
          return;
        }
        while (stats.bufferedBytes + chunk.length > maxBufferedBytes) {
          if (shedOne("bytes", connection)) continue;
          stats.refusedOverBudget += 1;
          upload.refuse(503, "relay memory budget reached; retry");
          return;
        }
        upload.buffered += chunk.length;
        stats.bufferedBytes += chunk.length;
        stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, stats.bufferedBytes);
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      });
      req.once("end", () => {
        if (!upload.reading) return;
        upload.reading = false;
        controller.close();
      });
    }
    req.once("error", () => upload.refuse(503, "request stream failed"));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === void 0) continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    const request = new Request(new URL(req.url ?? "/", "http://relay"), {
      method,
      headers,
      body: stream,
      duplex: "half"
    });
    void answer(
      request,
      method,
      res,
      () => answered,
      () => mustClose
    ).then((sent) => {
      if (sent) answered = true;
    }).catch(() => {
      if (answered || res.headersSent || res.destroyed) return;
      answered = true;
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error");
    }).finally(() => {
      release();
      if (!res.writableFinished) res.once("finish", () => armIdle(connection));
      else armIdle(connection);
    });
  }
  async function answer(request, method, res, alreadyAnswered, mustClose) {
    const response = await options.handler(request);
    const payload = Buffer.from(await response.arrayBuffer());
    if (alreadyAnswered() || res.headersSent || res.destroyed) return false;
    const out = {};
    response.headers.forEach((value, name) => {
      out[name] = value;
    });
    out["content-length"] = String(payload.length);
    if (closing || mustClose()) out.connection = "close";
    res.writeHead(response.status, out);
    res.end(method === "HEAD" ? void 0 : payload);
    if (mustClose()) res.once("finish", () => res.socket?.destroy());
    return true;
  }
  const address = server.address();
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closed;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    stats: () => ({ ...stats }),
    close() {
      closing = true;
      closed ??= new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5e3);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    }
  };
}

// src/interact/postmortem-button.ts
var POSTMORTEM_REQUEST_EVENT = "oncall.postmortem.requested";
function dispatchPostmortem(github) {
  return (incidentId, by) => github.dispatch(POSTMORTEM_REQUEST_EVENT, {
    incident: { id: incidentId },
    requested_by: { slack_user_id: by.slackUserId, pagerduty_user_id: by.pagerdutyUserId }
  });
}
function draftingText(label) {
  return `Drafting a postmortem for ${label}\u2026 the link will appear in this thread.`;
}
function alreadyRequestedText(label) {
  return `A postmortem draft for ${label} was requested a moment ago; the link will appear in this thread. Nothing more was requested.`;
}
function cannotRequestText(incidentId) {
  const id = escapeMrkdwn(incidentId);
  return `This relay has no GitHub repository and token (GITHUB_REPOSITORY, GITHUB_TOKEN), so it cannot start a postmortem draft; nothing was requested. Run the Postmortem draft workflow with incident ${id}, or \`oncall postmortem --incident ${id}\`.`;
}
function explainRequestFailure(error, incidentId) {
  const what = "No postmortem draft was requested";
  const id = escapeMrkdwn(incidentId);
  if (error instanceof AuthError && /GitHub/.test(error.message)) {
    return `${what}: GitHub refused the relay's token. It needs \`contents: write\` on the repository to start the postmortem workflow (GITHUB_TOKEN). Meanwhile, run the Postmortem draft workflow with incident ${id}.`;
  }
  if (error instanceof TransientError || error instanceof RateLimitedError) {
    const who = /PagerDuty/.test(error.message) ? "PagerDuty" : /GitHub/.test(error.message) ? "GitHub" : "Slack";
    return `${what}: ${who} did not answer in time or is having trouble. Press the button again in a minute \u2014 it is safe: one incident never gets more than one postmortem pull request.`;
  }
  return `${what}: ${escapeMrkdwn(describeError(error).slice(0, 300))}`;
}

// node-builtin:node:crypto#src/interact/verify.ts
var m2 = builtin("node:crypto");
var createHmac = m2.createHmac;
var timingSafeEqual = m2.timingSafeEqual;

// src/interact/verify.ts
var SLACK_FRESHNESS_MS = 5 * 60 * 1e3;
var V0 = /^v0=([0-9a-f]{64})$/;
var TIMESTAMP = /^\d{1,12}$/;
function signSlackRequest(body, secret, timestamp) {
  const mac = createHmac("sha256", secret).update(`v0:${timestamp}:`);
  mac.update(body);
  return `v0=${mac.digest("hex")}`;
}
function verifySlackRequest(rawBody, headers, secrets, nowMs, freshnessMs = SLACK_FRESHNESS_MS) {
  const timestamp = headers.timestamp?.trim() ?? "";
  const signature = headers.signature?.trim() ?? "";
  if (timestamp === "" || signature === "") return "missing";
  if (!TIMESTAMP.test(timestamp)) return "malformed";
  const match = V0.exec(signature);
  if (!match) return "malformed";
  if (Math.abs(nowMs - Number(timestamp) * 1e3) > freshnessMs) return "stale";
  const provided = Buffer.from(match[1], "hex");
  let ok = false;
  for (const secret of secrets) {
    const expected = createHmac("sha256", secret).update(`v0:${timestamp}:`).update(rawBody).digest();
    if (timingSafeEqual(expected, provided)) ok = true;
  }
  return ok ? "valid" : "mismatch";
}

// src/interact/act.ts
function decide(action, incident, levels) {
  const label = incidentLabel(incident);
  if (incident.status === "resolved") {
    return { kind: "nothing", text: `${label} is already resolved; nothing was changed.` };
  }
  switch (action) {
    case "acknowledge":
      if (incident.status === "acknowledged") {
        const by = incident.assignees.map((a) => escapeMrkdwn(a.name)).join(", ");
        return {
          kind: "nothing",
          text: `${label} is already acknowledged${by ? ` (assigned to ${by})` : ""}; nothing was changed.`
        };
      }
      return { kind: "acknowledge" };
    case "resolve":
      return { kind: "resolve" };
    case "escalate": {
      const current = incident.escalationLevel ?? 1;
      const next = current + 1;
      if (levels !== void 0 && next > levels) {
        return {
          kind: "nothing",
          text: `${label} is already at level ${current}, the last level of ${escapeMrkdwn(incident.escalationPolicy.name)}; nothing was changed. Reassign it in PagerDuty to bring in someone else.`
        };
      }
      return { kind: "escalate", level: next };
    }
  }
}
async function runButton(click, deps) {
  const tell = (text) => respond(deps, click.responseUrl, text);
  try {
    const refusal = await checkMessage(click, deps);
    if (refusal) {
      await tell(refusal);
      return;
    }
    if (click.action === "note") {
      await deps.slack.openView(
        click.triggerId,
        noteModal(
          {
            incident_id: click.incidentId,
            channel: click.channelId,
            message_ts: click.messageTs,
            response_url: click.responseUrl
          },
          click.incidentId
        )
      );
      return;
    }
    if (click.action === "postmortem" && !deps.postmortem) {
      await tell(cannotRequestText(click.incidentId));
      return;
    }
    const actor = await findActor(click.userId, deps);
    if (actor.kind === "missing") {
      await tell(actor.text);
      return;
    }
    const incident = await deps.pagerduty.getIncident(click.incidentId);
    if (click.action === "postmortem") {
      await requestPostmortem(click, incident, actor.user, deps);
      return;
    }
    let levels;
    if (click.action === "escalate" && incident.status !== "resolved") {
      levels = (await deps.pagerduty.getEscalationPolicy(incident.escalationPolicy.id)).rules.length;
      incident.escalationLevel ??= await currentLevel(incident, deps);
    }
    const decision = decide(click.action, incident, levels);
    const label = incidentLabel(incident);
    const from = actor.user.email;
    switch (decision.kind) {
      case "nothing":
        await tell(decision.text);
        return;
      case "acknowledge":
      case "resolve":
        await deps.pagerduty.setIncidentStatus(incident.id, statusFor(decision.kind), from);
        break;
      case "escalate":
        await deps.pagerduty.escalateIncident(incident.id, decision.level, from);
        break;
    }
    deps.log.info(
      `slack: ${decision.kind} ${JSON.stringify(incident.id)} by PagerDuty user ${JSON.stringify(actor.user.id)} (Slack ${JSON.stringify(click.userId)})`
    );
    await tell(done(decision, label, actor.user));
  } catch (error) {
    await tell(explainFailure(error, click.action));
    deps.log.warning(
      `slack: ${click.action} on ${JSON.stringify(click.incidentId)} failed: ${describeError(error)}`
    );
  }
}
async function requestPostmortem(click, incident, actor, deps) {
  const tell = (text) => respond(deps, click.responseUrl, text);
  const requests = deps.postmortem;
  const label = incidentLabel(incident);
  if (!requests.claim(incident.id)) {
    await tell(alreadyRequestedText(label));
    return;
  }
  try {
    await requests.request(incident.id, { slackUserId: click.userId, pagerdutyUserId: actor.id });
  } catch (error) {
    requests.release(incident.id);
    await tell(explainRequestFailure(error, incident.id));
    deps.log.warning(
      `slack: postmortem request for ${JSON.stringify(incident.id)} failed: ${describeError(error)}`
    );
    return;
  }
  deps.log.info(
    `slack: postmortem requested for ${JSON.stringify(incident.id)} by PagerDuty user ${JSON.stringify(actor.id)} (Slack ${JSON.stringify(click.userId)})`
  );
  await tell(draftingText(label));
}
async function runNote(note, deps) {
  const tell = (text) => respond(deps, note.responseUrl, text);
  try {
    if (!deps.channels.has(note.channelId)) {
      await tell(notServedText());
      return;
    }
    const actor = await findActor(note.userId, deps);
    if (actor.kind === "missing") {
      await tell(`${actor.text}
>Your note: ${escapeMrkdwn(note.text.slice(0, 500))}`);
      return;
    }
    await deps.pagerduty.addIncidentNote(note.incidentId, note.text, actor.user.email);
    deps.log.info(
      `slack: note on ${JSON.stringify(note.incidentId)} by PagerDuty user ${JSON.stringify(actor.user.id)}`
    );
    await tell(
      `Note added to ${escapeMrkdwn(note.incidentId)} in PagerDuty as ${escapeMrkdwn(actor.user.name)}.`
    );
  } catch (error) {
    await tell(`${explainFailure(error, "note")}
>Your note: ${escapeMrkdwn(note.text.slice(0, 500))}`);
    deps.log.warning(`slack: note on ${JSON.stringify(note.incidentId)} failed: ${describeError(error)}`);
  }
}
async function checkMessage(click, deps) {
  if (!deps.channels.has(click.channelId)) return notServedText();
  const page = await deps.slack.readHistory(click.channelId, {
    oldest: click.messageTs,
    latest: click.messageTs,
    inclusive: true,
    limit: 1
  });
  const message = page.messages.find((m3) => m3.ts === click.messageTs);
  const ours = message !== void 0 && message.userId === await deps.slack.ownUserId();
  const payload = ours && message.metadata?.eventType === TOP_EVENT_TYPE ? message.metadata.payload : void 0;
  if (payload?.incident_id !== click.incidentId) {
    deps.log.warning(
      `slack: refused a button naming incident ${JSON.stringify(click.incidentId)} on message ${JSON.stringify(click.messageTs)} in ${JSON.stringify(click.channelId)}: ` + (payload ? "the message is about another incident" : "not an incident message of this relay")
    );
    return "This button does not belong to an incident message posted by the on-call relay, so nothing was changed. Use the buttons on the incident message itself, or act in PagerDuty.";
  }
  return void 0;
}
async function currentLevel(incident, deps) {
  const now = deps.clock.now();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: now,
    until: new Date(now.getTime() + 1e3),
    escalationPolicyIds: [incident.escalationPolicy.id]
  });
  return levelOf(incident, onCalls) ?? 1;
}
async function findActor(slackUserId, deps) {
  const email = await deps.slack.getUserEmail(slackUserId);
  if (!email) {
    return {
      kind: "missing",
      text: "Slack shows no email address for you, so the relay cannot tell who you are in PagerDuty; nothing was changed. Act in PagerDuty directly, or ask a Slack admin to let apps see your email."
    };
  }
  const user = await deps.pagerduty.findUserByEmail(email);
  if (!user?.email) {
    return {
      kind: "missing",
      text: `No PagerDuty user has your Slack email (${escapeMrkdwn(email)}), so nothing was changed: the relay acts in PagerDuty as you, never as someone else. Ask a PagerDuty admin to add you with this email (or change your PagerDuty login email to it), then press the button again.`
    };
  }
  return { kind: "found", user: { ...user, email: user.email } };
}
function statusFor(kind) {
  return kind === "acknowledge" ? "acknowledged" : "resolved";
}
function done(decision, label, user) {
  const as = `as ${escapeMrkdwn(user.name)}`;
  const then = " The incident message updates when PagerDuty reports the change.";
  switch (decision.kind) {
    case "acknowledge":
      return `Acknowledged ${label} in PagerDuty ${as}.${then}`;
    case "resolve":
      return `Resolved ${label} in PagerDuty ${as}.${then}`;
    case "escalate":
      return `Escalated ${label} to level ${decision.level} in PagerDuty ${as}.${then}`;
    case "nothing":
      return decision.text;
  }
}
function explainFailure(error, action) {
  const what = action === "note" ? "The note was not added" : "Nothing was changed";
  if (error instanceof AuthError) {
    if (/PagerDuty/.test(error.message)) {
      return `${what}: PagerDuty refused the relay's API key for this change. The key is read-only, or your PagerDuty role may not change incidents. An admin can give the relay a key with write access (PAGERDUTY_TOKEN); meanwhile, act in PagerDuty directly.`;
    }
    return `${what}: Slack refused the relay's token. An admin should check SLACK_BOT_TOKEN; meanwhile, act in PagerDuty.`;
  }
  if (error instanceof TransientError || error instanceof RateLimitedError) {
    const who = /PagerDuty/.test(error.message) ? "PagerDuty" : "Slack";
    return `${what}: ${who} did not answer in time or is having trouble. Press the button again in a minute \u2014 it is safe: the relay checks the incident in PagerDuty before acting \u2014 or act in PagerDuty directly.`;
  }
  return `${what}: ${escapeMrkdwn(describeError(error).slice(0, 300))}`;
}
function notServedText() {
  return "These buttons work only in the channels the on-call relay posts incidents to, so nothing was changed. Act in PagerDuty directly, or ask whoever runs the relay to add this channel.";
}
function incidentLabel(incident) {
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  return `*${escapeMrkdwn(number)}* (${escapeMrkdwn(incident.title.slice(0, 150))})`;
}
async function respond(deps, responseUrl, text) {
  const message = { text, response_type: "ephemeral", replace_original: false };
  try {
    await deps.slack.respond(responseUrl, message);
  } catch (error) {
    deps.log.warning(`slack: could not answer through response_url: ${describeError(error)}`);
  }
}

// src/interact/oncall-command.ts
var NEXT_WINDOW_MS = 7 * 24 * 36e5;
var ME_WINDOW_MS = 30 * 24 * 36e5;
var MAX_HANDOVERS = 30;
var STRINGS = {
  en: {
    help: (c) => `*${c}* \u2014 who is on call now
*${c} next* \u2014 handovers in the next 7 days
*${c} me* \u2014 when you are next on call
*${c} help* \u2014 this help
Only you see the answers.`,
    unknown: (w) => `I do not know "${w}".`,
    nobody: "Nobody is on call right now for the configured schedules and escalation policies.",
    nowTitle: "*On call now*",
    until: (w) => `until ${w}`,
    always: "always",
    level: (n) => `level ${n}`,
    nextTitle: "*Handovers in the next 7 days*",
    noHandovers: "No handovers in the next 7 days.",
    more: (n) => `\u2026and ${n} more`,
    meNow: (u, w) => `You are on call now (${w}) until ${u}.`,
    meNext: (f, u, w) => `You are next on call from ${f} until ${u} (${w}).`,
    meNever: "You are not on call in the next 30 days for the configured schedules and escalation policies.",
    failed: "Could not read the on-call from PagerDuty"
  },
  ja: {
    help: (c) => `*${c}* \u2014 \u73FE\u5728\u306E\u30AA\u30F3\u30B3\u30FC\u30EB
*${c} next* \u2014 \u4ECA\u5F8C7\u65E5\u9593\u306E\u4EA4\u4EE3
*${c} me* \u2014 \u81EA\u5206\u306E\u6B21\u306E\u30AA\u30F3\u30B3\u30FC\u30EB
*${c} help* \u2014 \u3053\u306E\u30D8\u30EB\u30D7
\u56DE\u7B54\u306F\u3042\u306A\u305F\u306B\u3060\u3051\u8868\u793A\u3055\u308C\u307E\u3059\u3002`,
    unknown: (w) => `\u300C${w}\u300D\u306F\u5206\u304B\u308A\u307E\u305B\u3093\u3002`,
    nobody: "\u8A2D\u5B9A\u3055\u308C\u305F\u30B9\u30B1\u30B8\u30E5\u30FC\u30EB\u3068\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u30DD\u30EA\u30B7\u30FC\u306B\u306F\u3001\u73FE\u5728\u30AA\u30F3\u30B3\u30FC\u30EB\u306E\u4EBA\u304C\u3044\u307E\u305B\u3093\u3002",
    nowTitle: "*\u73FE\u5728\u306E\u30AA\u30F3\u30B3\u30FC\u30EB*",
    until: (w) => `${w}\u307E\u3067`,
    always: "\u5E38\u6642",
    level: (n) => `\u30EC\u30D9\u30EB${n}`,
    nextTitle: "*\u4ECA\u5F8C7\u65E5\u9593\u306E\u4EA4\u4EE3*",
    noHandovers: "\u4ECA\u5F8C7\u65E5\u9593\u306B\u4EA4\u4EE3\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
    more: (n) => `\u2026\u307B\u304B${n}\u4EF6`,
    meNow: (u, w) => `\u3042\u306A\u305F\u306F\u73FE\u5728\u30AA\u30F3\u30B3\u30FC\u30EB\u3067\u3059\uFF08${w}\uFF09\u3002${u}\u307E\u3067\u3002`,
    meNext: (f, u, w) => `\u6B21\u306E\u30AA\u30F3\u30B3\u30FC\u30EB\u306F${f}\u304B\u3089${u}\u307E\u3067\u3067\u3059\uFF08${w}\uFF09\u3002`,
    meNever: "\u8A2D\u5B9A\u3055\u308C\u305F\u30B9\u30B1\u30B8\u30E5\u30FC\u30EB\u3068\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u30DD\u30EA\u30B7\u30FC\u3067\u306F\u3001\u4ECA\u5F8C30\u65E5\u9593\u30AA\u30F3\u30B3\u30FC\u30EB\u306E\u4E88\u5B9A\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
    failed: "PagerDuty\u304B\u3089\u30AA\u30F3\u30B3\u30FC\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F"
  }
};
function parseOncallText(text) {
  const word = text.trim().toLowerCase().split(/\s+/)[0] ?? "";
  if (word === "" || word === "now") return "now";
  if (word === "next" || word === "me" || word === "help") return word;
  return void 0;
}
function helpText(command, language) {
  const s = STRINGS[language];
  const query = parseOncallText(command.text);
  const unknown = query === void 0 ? `${s.unknown(escapeMrkdwn(command.text.trim().slice(0, 40)))}
` : "";
  return unknown + s.help(escapeMrkdwn(command.command));
}
function renderNow(segments, names, language) {
  const s = STRINGS[language];
  if (segments.length === 0) return s.nobody;
  const groups = /* @__PURE__ */ new Map();
  segments.forEach((segment, i) => {
    const key = `${segment.escalationPolicy.id}/${String(segment.escalationLevel).padStart(3, "0")}`;
    const group = groups.get(key) ?? {
      title: `${escapeMrkdwn(segment.escalationPolicy.name)} \xB7 ${s.level(segment.escalationLevel)}`,
      lines: []
    };
    const until = segment.end ? s.until(slackDate(segment.end)) : s.always;
    const schedule = segment.schedule ? ` (${escapeMrkdwn(segment.schedule.name)})` : "";
    const line = `${names[i]}${schedule} \u2014 ${until}`;
    if (!group.lines.includes(line)) group.lines.push(line);
    groups.set(key, group);
  });
  const parts = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => `${g.title}
${g.lines.map((l) => `\u2022 ${l}`).join("\n")}`);
  return `${s.nowTitle}
${parts.join("\n")}`;
}
function renderNext(segments, names, now, language) {
  const s = STRINGS[language];
  const starts = segments.map((segment, i) => ({ segment, name: names[i] })).filter(({ segment }) => segment.start !== null && segment.start.getTime() > now.getTime()).sort(
    (a, b) => a.segment.start.getTime() - b.segment.start.getTime() || a.segment.escalationLevel - b.segment.escalationLevel
  );
  if (starts.length === 0) return s.noHandovers;
  const lines = starts.slice(0, MAX_HANDOVERS).map(
    ({ segment, name }) => `\u2022 ${slackDate(segment.start)} \u2014 ${escapeMrkdwn(segment.escalationPolicy.name)} \xB7 ${s.level(segment.escalationLevel)}: ${name}`
  );
  if (starts.length > MAX_HANDOVERS) lines.push(s.more(starts.length - MAX_HANDOVERS));
  return `${s.nextTitle}
${lines.join("\n")}`;
}
function renderMe(mine, now, language) {
  const s = STRINGS[language];
  const sorted = [...mine].sort(
    (a, b) => (a.start?.getTime() ?? -Infinity) - (b.start?.getTime() ?? -Infinity)
  );
  const where = (x) => `${escapeMrkdwn(x.escalationPolicy.name)} \xB7 ${s.level(x.escalationLevel)}`;
  const current = sorted.find((x) => (x.start === null || x.start <= now) && (x.end === null || x.end > now));
  if (current) return s.meNow(current.end ? slackDate(current.end) : s.always, where(current));
  const next = sorted.find((x) => x.start !== null && x.start > now);
  if (next) return s.meNext(slackDate(next.start), next.end ? slackDate(next.end) : s.always, where(next));
  return s.meNever;
}
async function runOncallCommand(command, config, deps) {
  const s = STRINGS[config.language];
  const query = parseOncallText(command.text);
  const tell = (text) => respond(deps, command.responseUrl, text);
  try {
    if (query === void 0 || query === "help") {
      await tell(helpText(command, config.language));
      return;
    }
    const now = deps.clock.now();
    const base = {
      ...config.scheduleIds.length ? { scheduleIds: [...config.scheduleIds] } : {},
      ...config.escalationPolicyIds.length ? { escalationPolicyIds: [...config.escalationPolicyIds] } : {}
    };
    if (query === "me") {
      const actor = await findActor(command.userId, deps);
      if (actor.kind === "missing") {
        await tell(
          actor.text.replace(/, so nothing was changed:.*$/s, ".").replace(/; nothing was changed\..*$/s, ".")
        );
        return;
      }
      const segments2 = await deps.pagerduty.listOnCalls({
        since: now,
        until: new Date(now.getTime() + ME_WINDOW_MS),
        ...base
      });
      await tell(
        renderMe(
          segments2.filter((x) => x.user.id === actor.user.id),
          now,
          config.language
        )
      );
      return;
    }
    const until = new Date(now.getTime() + (query === "next" ? NEXT_WINDOW_MS : 1e3));
    const segments = await deps.pagerduty.listOnCalls({ since: now, until, ...base });
    const directory = new UserDirectory({ slack: deps.slack, log: deps.log });
    const mention = async (x) => formatPerson(await directory.resolve(x.user));
    const names = await Promise.all(segments.map(mention));
    await tell(
      query === "next" ? renderNext(segments, names, now, config.language) : renderNow(segments, names, config.language)
    );
  } catch (error) {
    deps.log.warning(
      `slack: ${command.command} ${JSON.stringify(query ?? "?")} failed: ${describeError(error)}`
    );
    const why = error instanceof TransientError || error instanceof RateLimitedError ? "PagerDuty or Slack did not answer in time; try again in a minute." : escapeMrkdwn(describeError(error).slice(0, 300));
    await tell(`${s.failed}: ${why}`);
  }
}
function slackDate(date) {
  const fallback = date.toISOString().replace(/:\d\d(\.\d+)?Z$/, " UTC").replace("T", " ");
  return `<!date^${Math.floor(date.getTime() / 1e3)}^{date_short_pretty} {time}|${fallback}>`;
}

// src/relay/slack-routes.ts
var SLACK_INTERACTIONS_PATH = "/slack/interactions";
var SLACK_COMMANDS_PATH = "/slack/commands";
var DEFAULT_MAX_SLACK_JOBS = 32;
var DEFAULT_MAX_REMEMBERED_SLACK_REQUESTS = 1e4;
function createSlackRoutes(options) {
  if (options.signingSecrets.length === 0) {
    throw new Error("createSlackRoutes: at least one Slack signing secret is required.");
  }
  const maxJobs = options.maxJobs ?? DEFAULT_MAX_SLACK_JOBS;
  const seen = new RecentEvents(options.maxRememberedRequests ?? DEFAULT_MAX_REMEMBERED_SLACK_REQUESTS);
  const running = /* @__PURE__ */ new Set();
  const request = options.requestPostmortem;
  const postmortem = request && {
    request,
    claim(incidentId) {
      const key = `postmortem:${incidentId}`;
      const now = options.clock.now().getTime();
      if (seen.has(key, now)) return false;
      seen.remember(key, now + 2 * SLACK_FRESHNESS_MS, now);
      return true;
    },
    release: (incidentId) => seen.forget(`postmortem:${incidentId}`)
  };
  const depsFor = () => {
    const base = typeof options.interact === "function" ? options.interact() : options.interact;
    return { ...base, clock: options.clock, ...postmortem ? { postmortem } : {} };
  };
  const log = depsFor().log;
  const start = (job) => {
    const promise = job().catch((error) => log.error(`slack: a job failed unexpectedly: ${describeError(error)}`)).finally(() => running.delete(promise));
    running.add(promise);
  };
  return {
    handles: (path) => path === SLACK_INTERACTIONS_PATH || path === SLACK_COMMANDS_PATH,
    get jobs() {
      return running.size;
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async handle(request2, path, readBody) {
      if (request2.method !== "POST") {
        return [json(405, { error: "use POST" }, { allow: "POST" }), { outcome: "method-not-allowed" }];
      }
      let raw;
      try {
        const read = await readBody();
        if (read === "too-large") return [json(413, { error: "body too large" }), { outcome: "too-large" }];
        if (read === "deadline")
          return [json(503, { error: "request body too slow" }), { outcome: "body-timeout" }];
        raw = read;
      } catch (error) {
        if (!(error instanceof RequestRefusedError)) throw error;
        return [
          json(error.status, { error: error.reason }),
          { outcome: "body-refused", detail: error.reason }
        ];
      }
      if (path === SLACK_COMMANDS_PATH && isSslCheck(raw)) {
        return [new Response(null, { status: 200 }), { outcome: "slack-ssl-check" }];
      }
      const now = options.clock.now().getTime();
      const check = verifySlackRequest(
        raw,
        {
          timestamp: request2.headers.get("x-slack-request-timestamp"),
          signature: request2.headers.get("x-slack-signature")
        },
        options.signingSecrets,
        now
      );
      if (check !== "valid") {
        return [json(401, { error: "invalid signature" }), { outcome: `slack-signature-${check}` }];
      }
      const body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8");
      let interaction;
      try {
        interaction = path === SLACK_COMMANDS_PATH ? parseSlashCommand(body) : parseInteraction(body);
      } catch (error) {
        if (!(error instanceof InvalidInteractionError)) throw error;
        return [json(400, { error: error.message }), { outcome: "slack-bad-payload", detail: error.message }];
      }
      if (interaction.kind === "ignored") {
        return [
          new Response(null, { status: 200 }),
          { outcome: "slack-ignored", detail: interaction.reason }
        ];
      }
      const retry = request2.headers.get("x-slack-retry-num");
      const detail = `${describe(interaction)}${retry ? ` retry=${JSON.stringify(retry.slice(0, 8))}` : ""}`;
      if (seen.has(interaction.dedupeKey, now)) {
        return [new Response(null, { status: 200 }), { outcome: "slack-duplicate", detail }];
      }
      if (interaction.kind === "command" && isHelp(interaction)) {
        seen.remember(interaction.dedupeKey, now + 2 * SLACK_FRESHNESS_MS, now);
        const text = helpText(interaction, options.oncall.language);
        return [json(200, { response_type: "ephemeral", text }), { outcome: "slack-answered", detail }];
      }
      if (running.size >= maxJobs) {
        return [
          json(503, { error: "too many Slack requests in progress; retry" }),
          { outcome: "slack-busy", detail: `${running.size} jobs in progress` }
        ];
      }
      seen.remember(interaction.dedupeKey, now + 2 * SLACK_FRESHNESS_MS, now);
      switch (interaction.kind) {
        case "button":
          start(() => runButton(interaction, depsFor()));
          break;
        case "note":
          start(() => runNote(interaction, depsFor()));
          break;
        case "command":
          start(() => runOncallCommand(interaction, options.oncall, depsFor()));
          break;
      }
      return [new Response(null, { status: 200 }), { outcome: "slack-accepted", detail }];
    }
  };
}
function isSslCheck(raw) {
  if (raw.byteLength > 200) return false;
  const form = new URLSearchParams(Buffer.from(raw).toString("utf8"));
  return form.get("ssl_check") === "1" && !form.has("command");
}
function isHelp(command) {
  const query = parseOncallText(command.text);
  return query === void 0 || query === "help";
}
function describe(interaction) {
  switch (interaction.kind) {
    case "button":
      return `button=${interaction.action} incident=${JSON.stringify(interaction.incidentId)} user=${JSON.stringify(interaction.userId)}`;
    case "note":
      return `note incident=${JSON.stringify(interaction.incidentId)} user=${JSON.stringify(interaction.userId)}`;
    case "command":
      return `command=${JSON.stringify(interaction.command)} user=${JSON.stringify(interaction.userId)}`;
  }
}
function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers }
  });
}

export {
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_BUFFERED_BYTES,
  startRelayServer,
  dispatchPostmortem,
  signSlackRequest,
  createSlackRoutes
};
