/**
 * A loopback HTTP server for the fake PagerDuty, Slack and GitHub APIs. The tests and the sandbox drive the real
 * SDKs against it. It records every call and can inject the faults real APIs show: error statuses with headers,
 * HTML bodies, hangs, and connections reset (before or after the request was handled).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Path without the query string, e.g. `/api/chat.postMessage`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  /** The parsed body: JSON, or form fields as an object (Slack sends forms). */
  params: Record<string, unknown>;
  /** The status the fake answered with (0 when the connection was reset or left hanging). */
  status: number;
  /** Set when a fault was injected for this call. */
  fault?: Fault['kind'];
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  /** Never answers; the socket stays open until the client gives up or the server stops. */
  | { kind: 'hang' }
  /** Resets the connection before the request reaches the handler: nothing happened. */
  | { kind: 'reset' }
  /** Runs the handler (the write happens) and then resets the connection: the client never learns it succeeded. */
  | { kind: 'reset-after-handling' }
  /** Answers after a delay (ms). */
  | { kind: 'delay'; ms: number };

export interface FaultRule {
  method?: string;
  path?: string | RegExp;
  fault: Fault;
  /** How many matching calls it applies to; Infinity for all. */
  times: number;
  /** Narrows the rule to calls this accepts (e.g. only thread replies of `chat.postMessage`). */
  when?: (call: RecordedCall) => boolean;
}

export type Handler = (call: RecordedCall) => FakeResponse | Promise<FakeResponse>;

export class FakeServer {
  readonly calls: RecordedCall[] = [];
  private readonly faults: FaultRule[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private baseUrl = '';

  constructor(
    readonly name: string,
    private readonly handler: Handler,
  ) {}

  /** Base URL such as `http://127.0.0.1:41234`. */
  get url(): string {
    if (!this.baseUrl) throw new Error(`${this.name} fake is not started`);
    return this.baseUrl;
  }

  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 1000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('unexpected server address');
    this.baseUrl = `http://127.0.0.1:${address.port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Injects `fault` into the next `times` calls that match `method` and `path`. */
  inject(
    rule: { method?: string; path?: string | RegExp; times?: number; when?: (call: RecordedCall) => boolean },
    fault: Fault,
  ): void {
    this.faults.push({ ...rule, fault, times: rule.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Calls to a path (exact string or pattern). */
  callsTo(path: string | RegExp, method?: string): RecordedCall[] {
    return this.calls.filter((c) => matchesPath(c.path, path) && (!method || c.method === method));
  }

  private takeFault(call: RecordedCall): Fault | undefined {
    const index = this.faults.findIndex(
      (r) =>
        r.times > 0 &&
        (!r.method || r.method === call.method) &&
        (!r.path || matchesPath(call.path, r.path)) &&
        (!r.when || r.when(call)),
    );
    if (index < 0) return undefined;
    const rule = this.faults[index]!;
    rule.times -= 1;
    if (rule.times <= 0) this.faults.splice(index, 1);
    return rule.fault;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(', ') : (v ?? '');
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      params: parseBody(body, headers['content-type'] ?? ''),
      status: 0,
    };
    this.calls.push(call);
    const fault = this.takeFault(call);
    if (fault) call.fault = fault.kind;
    try {
      switch (fault?.kind) {
        case 'hang':
          return;
        case 'reset':
          req.socket.destroy();
          return;
        case 'status':
          call.status = fault.status;
          return send(res, { status: fault.status, headers: fault.headers, body: fault.body ?? '' });
        case 'reset-after-handling':
          await this.handler(call);
          req.socket.destroy();
          return;
        case 'delay':
          await new Promise((resolve) => setTimeout(resolve, fault.ms));
          break;
        default:
          break;
      }
      const response = await this.handler(call);
      call.status = response.status ?? 200;
      send(res, response);
    } catch (error) {
      call.status = 500;
      send(res, { status: 500, body: { error: `${this.name} fake failed: ${String(error)}` } });
    }
  }
}

function matchesPath(path: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? path === pattern : pattern.test(path);
}

function parseBody(body: string, contentType: string): Record<string, unknown> {
  if (body === '') return {};
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(body)) out[k] = v;
    return out;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  const isText = typeof response.body === 'string';
  const payload = isText ? (response.body as string) : JSON.stringify(response.body ?? {});
  res.writeHead(response.status ?? 200, {
    'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    ...response.headers,
  });
  res.end(payload);
}
