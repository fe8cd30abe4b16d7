import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { TOP_EVENT_TYPE } from '../src/alert/message.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty, type FakeIncident, type FakeUser } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import {
  buildDraft,
  draftBranch,
  draftPath,
  fingerprint,
  mrkdwnToMarkdown,
  readPullMarker,
} from '../src/postmortem/draft.js';
import { parseTrigger, shouldDraft } from '../src/postmortem/policy.js';
import { POSTMORTEM_EVENT_TYPE, runPostmortem, type PostmortemDeps } from '../src/postmortem/run.js';
import { DEFAULT_TEMPLATE, PLACEHOLDERS } from '../src/postmortem/template.js';
import { createSlackClient } from '../src/slack/client.js';

const CHANNEL = 'C0ONCALL';
const CREATED = '2026-11-26T01:00:00Z';
const at = (minutes: number) => new Date(Date.parse(CREATED) + minutes * 60_000);

interface World {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  github: FakeGitHub;
  log: MemoryLogger;
  deps: PostmortemDeps;
  alice: FakeUser;
  incident: FakeIncident;
  top: FakeMessage;
}

let world: World;

async function makeWorld(): Promise<World> {
  const clock = new FakeClock('2026-11-26T03:00:00Z', true);
  const pd = new FakePagerDuty({ clock, subdomain: 'acme' });
  const alice = pd.addUser({ name: 'Alice Tanaka', email: 'alice@example.com' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  const incident = pd.addIncident({
    title: '[FIRING:1] MysqlTooManyConnections (db-1 *critical* @here)',
    escalationPolicyId: policy.id,
    service: { name: 'Orders DB' },
    priority: 'P1',
    createdAt: CREATED,
    status: 'resolved',
    resolvedAt: at(47),
    resolvedBy: alice.id,
  });
  const user = { id: alice.id, type: 'user_reference', name: 'Alice Tanaka' };
  pd.addLogEntry(incident.id, { type: 'trigger_log_entry', at: at(0), summary: 'Triggered through the API' });
  pd.addLogEntry(incident.id, {
    type: 'notify_log_entry',
    at: at(0.5),
    summary: 'Notified Alice Tanaka by push',
  });
  pd.addLogEntry(incident.id, { type: 'acknowledge_log_entry', at: at(4), agent: user });
  pd.addLogEntry(incident.id, {
    type: 'escalate_log_entry',
    at: at(10),
    agent: user,
    summary: 'Escalated to level 2',
  });
  pd.addLogEntry(incident.id, {
    type: 'resolve_log_entry',
    at: at(47),
    agent: user,
    summary: 'Resolved by Alice Tanaka',
  });
  pd.addNoteSeed(incident.id, {
    userId: alice.id,
    content: 'Killed batch job | raised max_connections',
    at: at(30),
  });
  const slack = new FakeSlack(
    {
      users: [
        { id: 'U0ALICE', name: 'alice', realName: 'Alice Tanaka', email: 'alice@example.com' },
        { id: 'U0BOB', name: 'bob', realName: 'Bob [admin](https://evil.example)', email: 'bob@example.com' },
      ],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  const top = slack.seedMessage({
    channel: CHANNEL,
    text: 'Incident #1 MysqlTooManyConnections',
    at: at(0.2),
    metadata: {
      eventType: TOP_EVENT_TYPE,
      payload: { incident_id: incident.id, runbook_id: 'mysql-connections' },
    },
    postedBy: { userId: 'U0BOT', botId: 'B0BOT' },
  });
  slack.seedMessage({
    channel: CHANNEL,
    threadTs: top.ts,
    at: at(5),
    text: 'Looking. Dashboard: <https://grafana.example/d/mysql|MySQL board> cc <@U0BOB> <!channel> *bold* `rm -rf`',
    postedBy: { userId: 'U0ALICE' },
  });
  slack.seedMessage({
    channel: CHANNEL,
    threadTs: top.ts,
    at: at(20),
    text: 'Batch job found @octocat #123\nsecond line',
    postedBy: { userId: 'U0BOB' },
  });
  const github = new FakeGitHub();
  await Promise.all([pd.start(), slack.start(), github.start()]);
  const log = new MemoryLogger();
  const deps: PostmortemDeps = {
    pagerduty: createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock,
      log,
      maxTransientRetries: 0,
    }),
    slack: createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log }),
    github: createGitHubClient({
      token: github.token,
      repository: github.repository,
      apiUrl: github.url,
      clock,
      log,
    }),
    log,
    runbook: async () => ({
      id: 'mysql-connections',
      title: 'MySQL connections exhausted',
      href: 'https://github.com/acme/oncall/blob/abc1234/runbooks/mysql.md',
      index: { version: 1, commit: 'abc1234def5678', origin: 'published index' },
    }),
  };
  return { clock, pd, slack, github, log, deps, alice, incident, top };
}

const settings = () => ({ incidentId: world.incident.id, channel: CHANNEL });
const linkReplies = () =>
  world.slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === POSTMORTEM_EVENT_TYPE);

beforeEach(async () => {
  world = await makeWorld();
});

afterEach(async () => {
  await Promise.all([world.pd.stop(), world.slack.stop(), world.github.stop()]);
});

describe('oncall postmortem', () => {
  it('opens one pull request with the draft and posts its link in the thread', async () => {
    const result = await runPostmortem(world.deps, settings());

    expect(result).toMatchObject({ action: 'created', link: 'posted' });
    const path = 'postmortems/2026-11-26-mysqltoomanyconnections.md';
    expect(result.path).toBe(path);
    expect(world.github.pulls).toHaveLength(1);
    const pull = world.github.pulls[0]!;
    expect(pull).toMatchObject({ head: `postmortem/${world.incident.id}`, base: 'main', state: 'open' });
    expect(pull.title).toBe(`Postmortem: #${world.incident.number} ${world.incident.title}`);
    const file = world.github.file(pull.head, path)!;
    expect(readPullMarker(pull.body)).toEqual({
      incidentId: world.incident.id,
      path,
      draft: fingerprint(file),
    });
    // The timeline from PagerDuty's log entries, MTTA and MTTR from it.
    expect(file).toContain('| 2026-11-26 01:04:00 UTC | Acknowledged | Alice Tanaka |');
    expect(file).toContain('| Escalated | Alice Tanaka | Escalated to level 2 |');
    expect(file).toContain('| Notified | Orders DB | Notified Alice Tanaka by push |');
    expect(file).toContain('| Time to acknowledge (MTTA) | 4 min');
    expect(file).toContain('| Time to resolve (MTTR)     | 47 min');
    expect(file).toContain('Killed batch job &#124; raised max&#95;connections');
    // The runbook and its index version.
    expect(file).toContain(
      '[MySQL connections exhausted (mysql-connections)](https://github.com/acme/oncall/blob/abc1234/runbooks/mysql.md), index v1 @ `abc1234`',
    );
    // The Slack thread: authors by name, links kept, everything else inert.
    expect(file).toContain(
      '**2026-11-26 01:05:00 UTC — Alice Tanaka**: Looking. Dashboard: [MySQL board](https://grafana.example/d/mysql)',
    );
    expect(file).toContain('&#64;Bob &#91;admin&#93;(https&#58;//evil.example)');
    expect(file).toContain('&#64;channel &#42;bold&#42; &#96;rm -rf&#96;');
    expect(file).toContain('Batch job found &#64;octocat &#35;123\n  second line');
    expect(file).not.toMatch(/(^|[^&#\w])@(here|octocat|channel)/);
    // The title cannot format the page.
    expect(file).toContain(
      '# 2026-11-26: &#91;FIRING:1&#93; MysqlTooManyConnections (db-1 &#42;critical&#42; &#64;here)',
    );
    expect(file).toContain('## Action items');
    // The link, once, in the thread.
    const [reply] = linkReplies();
    expect(reply!.threadTs).toBe(world.top.ts);
    expect(reply!.text).toContain(
      `<https://github.com/acme/oncall/pull/${pull.number}|#${pull.number} Postmortem:`,
    );
  });

  it('updates the same pull request on a re-run, never a second one, and posts the link once', async () => {
    await runPostmortem(world.deps, settings());
    // Someone adds a note in PagerDuty before the re-run.
    world.pd.addNoteSeed(world.incident.id, {
      userId: world.alice.id,
      content: 'Follow-up: add a pool limit',
      at: at(60),
    });

    const again = await runPostmortem(world.deps, settings());
    const third = await runPostmortem(world.deps, settings());

    expect([again.action, again.link]).toEqual(['updated', 'already-posted']);
    expect([third.action, third.link]).toEqual(['unchanged', 'already-posted']);
    expect(world.github.pulls).toHaveLength(1);
    expect(world.github.callsTo(/\/pulls$/, 'POST')).toHaveLength(1);
    const pull = world.github.pulls[0]!;
    const file = world.github.file(pull.head, again.path!)!;
    expect(file).toContain('Follow-up: add a pool limit');
    expect(readPullMarker(pull.body)?.draft).toBe(fingerprint(file));
    expect(linkReplies()).toHaveLength(1);
  });

  it('updates a pull request opened before (by another run), and leaves a file people edited as it is', async () => {
    const branch = draftBranch(world.incident.id);
    const path = draftPath({ createdAt: new Date(CREATED), title: world.incident.title }, 'postmortems');
    await world.deps.github.ensureBranch(branch);
    await world.deps.github.putFile(branch, path, '# Our own words\n', 'Edit by a person');
    world.github.addPull({
      head: branch,
      title: 'Postmortem (old title)',
      body: `old body\n<!-- oncall-postmortem incident=${world.incident.id} path=${path} draft=0000000000000000 -->`,
    });

    const result = await runPostmortem(world.deps, settings());

    expect(result).toMatchObject({ action: 'updated', keptEdits: true });
    expect(world.github.pulls).toHaveLength(1);
    expect(world.github.pulls[0]!.title).toBe(
      `Postmortem: #${world.incident.number} ${world.incident.title}`,
    );
    expect(world.github.file(branch, path)).toBe('# Our own words\n');
    expect(world.log.text()).toContain('was edited since it was drafted; leaving it as it is');
  });

  it('uses the pull request another run opened at the same moment', async () => {
    const branch = draftBranch(world.incident.id);
    // Between this run's look-up and its request, another run opens the pull request.
    world.github.server.inject(
      {
        method: 'POST',
        path: /\/pulls$/,
        when: () => {
          world.github.addPull({ head: branch, title: 'Postmortem (the other run)' });
          return true;
        },
      },
      {
        kind: 'status',
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ message: `A pull request already exists for acme:${branch}.` }],
        },
      },
    );

    const result = await runPostmortem(world.deps, settings());

    expect(result.action).toBe('updated');
    expect(world.github.pulls).toHaveLength(1);
    expect(world.github.pulls[0]!.title).toBe(
      `Postmortem: #${world.incident.number} ${world.incident.title}`,
    );
    expect(linkReplies()).toHaveLength(1);
  });

  it('writes nothing when people closed or merged the pull request', async () => {
    const pull = world.github.addPull({
      head: draftBranch(world.incident.id),
      title: 'Postmortem',
      state: 'closed',
    });

    const result = await runPostmortem(world.deps, settings());

    expect(result).toMatchObject({ action: 'closed', pull: { number: pull.number } });
    expect(world.github.commits).toHaveLength(0);
    expect(world.github.pulls).toHaveLength(1);
  });

  it('says so in the draft when PagerDuty has no notes', async () => {
    const pd = world.pd;
    const bare = pd.addIncident({
      title: 'Disk full on db-2',
      escalationPolicyId: world.incident.escalationPolicyId,
      createdAt: CREATED,
      status: 'resolved',
    });

    const result = await runPostmortem(world.deps, { incidentId: bare.id });

    expect(result.action).toBe('created');
    const file = world.github.file(draftBranch(bare.id), result.path!)!;
    expect(file).toContain('_PagerDuty has no notes for this incident._');
    expect(file).toContain('_PagerDuty has no log entries for this incident._');
    expect(file).toContain('| Time to acknowledge (MTTA) | not acknowledged');
  });

  it('opens the draft with a note when the Slack thread cannot be read', async () => {
    world.slack.failWith('conversations.replies', 'internal_error', 10);

    const result = await runPostmortem(world.deps, settings());

    expect(result.action).toBe('created');
    const file = world.github.file(result.branch!, result.path!)!;
    expect(file).toContain('_The Slack thread could not be read:');
    expect(file).toContain('> [!NOTE]\n> Parts of this draft are missing:');
    expect(file).toContain('| Time to resolve (MTTR)     | 47 min');
  });

  it('uses the repository template when there is one', async () => {
    world.github.setFile(
      'main',
      'postmortems/TEMPLATE.md',
      'Incident {{incident_number}} took {{mttr}} {{unknown}}\n',
    );

    const result = await runPostmortem(world.deps, settings());

    expect(world.github.file(result.branch!, result.path!)).toBe(
      `Incident &#35;${world.incident.number} took 47 min {{unknown}}\n`,
    );
  });

  it('skips a resolved incident the trigger does not name, and drafts one it names', async () => {
    const onlyP2 = parseTrigger('priority:P2, urgency:low', 'postmortem-on')!;
    const skipped = await runPostmortem(world.deps, { ...settings(), when: onlyP2 });
    expect(skipped.action).toBe('skipped');
    expect(world.github.calls).toHaveLength(0);

    const byRunbook = parseTrigger('runbook:mysql-connections', 'postmortem-on')!;
    const drafted = await runPostmortem(world.deps, { ...settings(), when: byRunbook });
    expect(drafted.action).toBe('created');
  });
});

describe('the draft (pure)', () => {
  it('ships the same default template as postmortems/TEMPLATE.md, with known placeholders only', () => {
    expect(readFileSync('postmortems/TEMPLATE.md', 'utf8')).toBe(DEFAULT_TEMPLATE);
    const used = [...DEFAULT_TEMPLATE.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    expect(used.filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name!))).toEqual([]);
    expect(new Set(used).size).toBe(PLACEHOLDERS.length - 1); // all but {{incident_number}}, for custom templates
  });

  it('turns mrkdwn into inert Markdown, keeping http(s) links only', () => {
    const names = new Map([['U1', 'Ann _x_']]);
    expect(
      mrkdwnToMarkdown('<@U1> see <javascript:alert(1)|here> <https://a.example/x_(y)|docs>', names),
    ).toBe('&#64;Ann &#95;x&#95; see here [docs](https://a.example/x_%28y%29)');
  });

  it('names the file by the UTC date and the alert name', () => {
    expect(
      draftPath(
        {
          createdAt: new Date('2026-01-02T23:30:00Z'),
          title: '[Triggered on {host:db-2}] Kube Pod/CrashLooping!',
        },
        'pm/',
      ),
    ).toBe('pm/2026-01-02-kube-pod-crashlooping.md');
    expect(draftPath({ createdAt: new Date('2026-01-02T00:00:00Z'), title: '死活監視' }, 'pm')).toBe(
      'pm/2026-01-02-incident.md',
    );
  });

  it('fills a template once: a value holding a placeholder is not filled again', () => {
    const draft = buildDraft('{{title}} / {{mtta}}', {
      incident: {
        id: 'P1',
        title: '{{mtta}}',
        status: 'triggered',
        urgency: 'high',
        priority: null,
        service: { id: 'S', name: 'S' },
        escalationPolicy: { id: 'E', name: 'E' },
        htmlUrl: 'https://acme.pagerduty.com/incidents/P1',
        createdAt: new Date(CREATED),
        assignees: [],
      },
      timeline: { entries: [], complete: true },
      notes: [],
      thread: [],
    });
    expect(draft).toBe('{{mtta}} / not acknowledged');
  });

  it('decides the automatic draft from PagerDuty’s state now', () => {
    const trigger = parseTrigger('urgency:high', 'postmortem-on')!;
    expect(shouldDraft(trigger, { status: 'resolved', urgency: 'high', priority: null }, undefined)).toBe(
      true,
    );
    expect(shouldDraft(trigger, { status: 'acknowledged', urgency: 'high', priority: null }, undefined)).toBe(
      false,
    );
    expect(() => parseTrigger('urgency:urgent, sev:1', 'input "postmortem-on"')).toThrow(
      'Invalid input "postmortem-on": "urgency:urgent", "sev:1"',
    );
    expect(parseTrigger(' ', 'x')).toBeUndefined();
  });
});
