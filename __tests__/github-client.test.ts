import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AuthError, ConfigError, RateLimitedError, RemoteError, TransientError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { ConflictError, createGitHubClient, parseRepository } from '../src/github/client.js';
import type { GitHubApi } from '../src/github/types.js';
import { MemoryLogger } from '../src/log.js';

let gh: FakeGitHub;
let log: MemoryLogger;
let clock: FakeClock;

function client(overrides: { token?: string; repository?: string; timeoutMs?: number } = {}): GitHubApi {
  return createGitHubClient({
    token: overrides.token ?? gh.token,
    repository: overrides.repository ?? gh.repository,
    apiUrl: gh.url,
    clock,
    log,
    timeoutMs: overrides.timeoutMs ?? 2_000,
  });
}

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
  clock = new FakeClock('2026-03-02T01:00:00Z');
});

afterEach(async () => {
  await gh.stop();
});

describe('GitHub client: repository_dispatch', () => {
  it('posts event_type and client_payload with the token and API version headers', async () => {
    await client().dispatch('pagerduty.incident.triggered', { v: 1, event_id: 'e1' });
    expect(gh.dispatches).toEqual([
      expect.objectContaining({
        event_type: 'pagerduty.incident.triggered',
        client_payload: { v: 1, event_id: 'e1' },
      }),
    ]);
    const call = gh.calls[0]!;
    expect(call.headers.authorization).toBe(`Bearer ${gh.token}`);
    expect(call.headers['x-github-api-version']).toBe('2022-11-28');
    expect(call.headers.accept).toBe('application/vnd.github+json');
  });

  it("surfaces GitHub's 422 message as a RemoteError (e.g. too many client_payload keys)", async () => {
    const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    const error = await client()
      .dispatch('x', payload)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(String(error)).toContain('No more than 10 properties are allowed; 11 were supplied');
    expect(gh.dispatches).toHaveLength(0);
  });

  it.each([
    [401, 'Bad credentials', AuthError, 'contents: write'],
    [403, 'Resource not accessible by integration', AuthError, 'contents: write'],
    [404, 'Not Found', ConfigError, 'repository not found or token cannot see it'],
    [502, '<html><body><h1>502 Bad Gateway</h1></body></html>', TransientError, '502 Bad Gateway'],
    [503, '', TransientError, 'answered 503'],
  ])('maps %i to the right error, naming what to fix, never the token', async (status, body, type, text) => {
    gh.server.inject(
      { path: /dispatches$/ },
      { kind: 'status', status, body: body.startsWith('<') || body === '' ? body : { message: body } },
    );
    const error = await client()
      .dispatch('pagerduty.incident.triggered', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(String(error)).toContain(text);
    expect(String(error)).not.toContain(gh.token);
    expect(log.text()).not.toContain(gh.token);
  });

  it('refuses a wrong token with AuthError (the fake checks it)', async () => {
    const error = await client({ token: 'ghp_wrong_token_abcdef' })
      .dispatch('x', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(String(error)).not.toContain('ghp_wrong_token_abcdef');
  });

  it('turns a rate limit into RateLimitedError with the wait from x-ratelimit-reset', async () => {
    const reset = Math.floor(clock.now().getTime() / 1000) + 30;
    gh.server.inject(
      { path: /dispatches$/ },
      {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded' },
      },
    );
    const error = await client()
      .dispatch('x', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(30_000);
  });

  it('times out a hanging GitHub with a TransientError', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'hang' });
    const error = await client({ timeoutMs: 100 })
      .dispatch('x', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect(String(error)).toContain('timed out after 100 ms');
  });

  it('reports a refused connection as a TransientError', async () => {
    const url = gh.url;
    await gh.stop();
    const error = await createGitHubClient({ token: 't0ken', repository: 'a/b', apiUrl: url, log })
      .dispatch('x', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect(String(error)).toContain('ECONNREFUSED');
  });

  it('stops when the caller aborts', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'hang' });
    const controller = new AbortController();
    const pending = client().dispatch('x', {}, { signal: controller.signal });
    controller.abort(new Error('deadline'));
    await expect(pending).rejects.toThrow('deadline');
  });
});

describe('FakeGitHub: dispatch limits and the workflow hook', () => {
  it.each([
    ['an event_type over 100 characters', 'e'.repeat(101), {}, 'event_type is too long'],
    ['a body of 64 KB or more', 'x', { big: 'b'.repeat(64 * 1024) }, 'Request body is too large'],
  ])('answers 422 like GitHub to %s', async (_name, eventType, payload, message) => {
    await expect(client().dispatch(eventType, payload)).rejects.toThrow(message);
    expect(gh.dispatches).toHaveLength(0);
  });

  it('runs onDispatch after answering 204, and keeps hook errors instead of failing the request', async () => {
    await gh.stop();
    const seen: string[] = [];
    gh = new FakeGitHub({
      onDispatch: (d) => {
        seen.push(d.event_type);
        if (d.event_type === 'boom') throw new Error('alert run failed');
      },
    });
    await gh.start();
    await client().dispatch('pagerduty.incident.triggered', { v: 1 });
    await client().dispatch('boom', {});
    await gh.idle();
    expect(seen).toEqual(['pagerduty.incident.triggered', 'boom']);
    expect(gh.hookErrors).toHaveLength(1);
  });
});

describe('GitHub client: contents and refs', () => {
  it('reads a file as text (base64 decoded), and undefined when the file or branch is missing', async () => {
    gh.setFile('main', 'dir/index.json', '{"ok":"日本語"}\n');
    const file = await client().getFile('main', 'dir/index.json');
    expect(file?.content).toBe('{"ok":"日本語"}\n');
    expect(file?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await client().getFile('main', 'missing.json')).toBeUndefined();
    expect(await client().getFile('no-such-branch', 'dir/index.json')).toBeUndefined();
  });

  it('reads files over 1 MB through the blob API (the contents API leaves them out)', async () => {
    const big = 'x'.repeat(1_200_000);
    gh.setFile('main', 'index.json', big);
    const file = await client().getFile('main', 'index.json');
    expect(file?.content.length).toBe(big.length);
    expect(gh.callsTo(/\/git\/blobs\//)).toHaveLength(1);
  });

  it('reads a 4.4 MB index (10,000 runbooks) with the media types the description supports above 1 MB', async () => {
    const big = `{"runbooks":[${'{"id":"r","title":"日本語"},'.repeat(160_000)}{}]}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(4_400_000);
    gh.setFile('main', 'index.json', big);
    const file = await client().getFile('main', 'index.json');
    expect(file?.content).toBe(big);
    expect(file?.sha).toBe(
      gh
        .callsTo(/\/git\/blobs\//)[0]
        ?.path.split('/')
        .pop(),
    );
    const contentsCall = gh.callsTo(/\/contents\//, 'GET')[0];
    expect(contentsCall?.headers.accept).toBe('application/vnd.github.object+json');
  });

  it('creates a missing branch from the default branch head, and leaves an existing one alone', async () => {
    const api = client();
    await api.ensureBranch('oncall-runbooks-index');
    expect(gh.branchHead('oncall-runbooks-index')).toBe(gh.branchHead('main'));
    const posts = gh.callsTo(/\/git\/refs$/, 'POST').length;
    await api.ensureBranch('oncall-runbooks-index');
    expect(gh.callsTo(/\/git\/refs$/, 'POST')).toHaveLength(posts);
  });

  it('writes, updates with the blob sha, and reports a stale sha as ConflictError', async () => {
    const api = client();
    const first = await api.putFile('main', 'index.json', 'one', 'first');
    const current = await api.getFile('main', 'index.json');
    const second = await api.putFile('main', 'index.json', 'two', 'second', current!.sha);
    expect(second.commitSha).not.toBe(first.commitSha);
    expect(gh.file('main', 'index.json')).toBe('two');
    await expect(api.putFile('main', 'index.json', 'three', 'third', current!.sha)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(api.putFile('main', 'index.json', 'three', 'third')).rejects.toBeInstanceOf(ConflictError);
  });

  it('names contents: write when the token may only read', async () => {
    gh.readOnly = true;
    const error = await client()
      .putFile('main', 'index.json', 'x', 'm')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(String(error)).toContain('contents: write');
  });

  it('rejects a malformed repository setting before any request', () => {
    expect(() => parseRepository('just-a-name')).toThrow(ConfigError);
    expect(parseRepository('acme/oncall')).toEqual({ owner: 'acme', repo: 'oncall' });
  });

  it('answers 404 for another repository', async () => {
    await expect(client({ repository: 'acme/other' }).ensureBranch('x')).rejects.toThrow(
      'repository not found or token cannot see it',
    );
  });
});

describe("fake GitHub: contents API media types (as GitHub's REST description states them)", () => {
  const read = async (path: string, accept: string) => {
    const response = await fetch(`${gh.server.url}/repos/${gh.repository}/contents/${path}?ref=main`, {
      headers: { authorization: `Bearer ${gh.token}`, accept },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('inlines base64 up to 1 MB and refuses larger files with the default media type', async () => {
    gh.setFile('main', 'small.json', 'small');
    gh.setFile('main', 'big.json', 'y'.repeat(1024 * 1024 + 1));
    const small = await read('small.json', 'application/vnd.github+json');
    expect(JSON.parse(small.text)).toMatchObject({ encoding: 'base64', content: 'c21hbGw=' });
    const big = await read('big.json', 'application/vnd.github+json');
    expect(big.status).toBe(403);
    expect(JSON.parse(big.text).errors[0].code).toBe('too_large');
  });

  it('answers 1–100 MB files with content "" and encoding "none" (object) or the bytes (raw)', async () => {
    const content = 'z'.repeat(2 * 1024 * 1024);
    gh.setFile('main', 'big.json', content);
    const object = JSON.parse((await read('big.json', 'application/vnd.github.object+json')).text);
    expect(object).toMatchObject({ type: 'file', encoding: 'none', content: '', size: content.length });
    const raw = await read('big.json', 'application/vnd.github.raw+json');
    expect(raw.status).toBe(200);
    expect(raw.type).toContain('application/vnd.github.raw');
    expect(raw.text).toBe(content);
  });

  it('serves no media type above 100 MB', async () => {
    gh.setFile('main', 'huge.json', 'h'.repeat(100 * 1024 * 1024 + 1));
    expect((await read('huge.json', 'application/vnd.github.raw+json')).status).toBe(403);
    expect((await read('huge.json', 'application/vnd.github.object+json')).status).toBe(403);
  });
});
