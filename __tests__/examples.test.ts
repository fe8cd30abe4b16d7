/**
 * The example runbooks in runbooks/ are part of the product: they must validate cleanly, and the real alert titles of
 * each monitoring tool must land on the right one through the same validator, index and matcher the alert path uses.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, parseIndex, serializeIndex, toIndexed } from '../src/runbooks/index-file.js';
import { createMatcher, type Matcher } from '../src/runbooks/matcher.js';
import type { AlertText, Runbook } from '../src/runbooks/types.js';
import { validateRunbooks } from '../src/runbooks/validate.js';

const RUNBOOKS_DIR = 'runbooks';

/** One golden row: an alert title as the tool sends it to PagerDuty → the runbook that must rank first, or none. */
type Golden = [title: string, expected: string | null, service?: AlertText['service']];

const PAYMENTS = { id: 'PX3K9QZ', name: 'payment-api' };

// Title formats: ../shared/corpus/title-formats.json (Alertmanager's default __subject, Datadog's "[Triggered on {…}]",
// the SNS subject of CloudWatch alarms, Sentry's issue/metric alert names). Alert names are those of
// kube-prometheus and awesome-prometheus-alerts (CC BY 4.0, samber/awesome-prometheus-alerts).
const GOLDEN: Record<string, Golden[]> = {
  alertmanager: [
    [
      '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments checkout-api-7d9f8b6c5-x2k4p monitoring/k8s warning)',
      'kube-pod-crash-looping',
    ],
    [
      '[RESOLVED] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments checkout-api-7d9f8b6c5-x2k4p monitoring/k8s warning)',
      'kube-pod-crash-looping',
    ],
    [
      '[FIRING:1] payments (KubeContainerWaiting api 10.2.1.14:8443 kube-state-metrics checkout-api-7d9f8b6c5-x2k4p monitoring/k8s CrashLoopBackOff warning)',
      'kube-pod-crash-looping',
    ],
    [
      '[FIRING:1] staging (KubePodCrashLooping api 10.2.1.14:8443 kube-state-metrics checkout-api-5c7d9f8b6-q8w2e monitoring/k8s warning)',
      null,
    ],
    [
      '[FIRING:1]  (NodeFilesystemAlmostOutOfSpace nvme0n1 10.0.3.17:9100 node-exporter /var/lib/docker monitoring/k8s critical)',
      'node-disk-almost-full',
    ],
    ['[FIRING:2] HostDiskMayFillIn24Hours (node-exporter warning)', 'node-disk-almost-full'],
    [
      '[FIRING:1] NodeFilesystemAlmostOutOfFiles (nvme0n1 10.0.3.17:9100 node-exporter /var/lib/docker monitoring/k8s warning)',
      null,
    ],
    [
      '[FIRING:1] MysqlTooManyConnections(>80%) (10.0.3.17:9100 mysqld-exporter warning)',
      'mysql-too-many-connections',
    ],
    ['[FIRING:1] PostgresqlTooManyConnections (10.0.3.17:9100 postgres-exporter db-primary-1 warning)', null],
    ['[FIRING:1] RedisTooManyConnections (10.0.3.17:9100 oliver006-redis-exporter warning)', null],
    [
      '[FIRING:1] NginxHighHttp5xxErrorRate (10.0.3.17:9100 knyar-nginx-exporter critical)',
      'http-5xx-error-rate',
    ],
    ['[FIRING:1] HaproxyHighHttp5xxErrorRateServer (10.0.3.17:9100 be_app critical)', 'http-5xx-error-rate'],
    [
      '[FIRING:1] BlackboxSslCertificateWillExpireVerySoon (10.0.3.17:9100 blackbox-exporter critical)',
      'tls-certificate-expiry',
    ],
    ['[FIRING:1] TraefikCertificateExpiringSoon (10.0.3.17:9100 warning)', 'tls-certificate-expiry'],
    [
      '[FIRING:1] KubeletClientCertificateRenewalErrors (10.0.3.17:9100 node-exporter ip-10-0-3-17.eu-west-1.compute.internal monitoring/k8s warning)',
      null,
    ],
    ['[FIRING:1] ErrorBudgetBurn (checkout-latency 1h5m critical)', 'latency-slo-burn'],
    ['[FIRING:1] ErrorBudgetBurn (checkout-availability 1h5m critical)', null],
    ['[FIRING:1] KubeAPIErrorBudgetBurn (1h monitoring/k8s critical 5m)', null],
    [
      '[FIRING:1] RabbitmqTooManyMessagesInQueue (10.0.3.17:9100 rabbitmq-exporter orders warning)',
      'queue-backlog',
    ],
    [
      '[FIRING:2] AwsSqsQueueMessagesVisible (prometheus-cloudwatch-exporter orders warning)',
      'queue-backlog',
    ],
    ['[FIRING:1] RabbitmqTooManyConnections (10.0.3.17:9100 rabbitmq-exporter warning)', null],
    [
      '[FIRING:1] KubernetesContainerOomKiller (api 10.0.3.17:9100 kubestate-exporter payments checkout-api-7d9f8b6c5-x2k4p warning)',
      'oom-killed',
    ],
    ['[FIRING:1] HostOomKillDetected (10.0.3.17:9100 node-exporter warning)', 'oom-killed'],
    ['[FIRING:1] HostOutOfMemory (10.0.3.17:9100 node-exporter warning)', null],
    ['[FIRING:1] EtcdHighFsyncDurations (10.0.3.17:9100 warning)', 'etcd-high-fsync-durations'],
    ['[FIRING:1] EtcdHighFsyncDurationsCritical (10.0.3.17:9100 critical)', 'etcd-high-fsync-durations'],
    ['[FIRING:1] EtcdHighCommitDurations (10.0.3.17:9100 warning)', null],
    ['[FIRING:1] PaymentErrorRateHigh (payment-api prod critical)', 'payment-errors-spike', PAYMENTS],
    ['[FIRING:1] PrometheusTargetMissing (10.0.3.17:9100 prometheus critical)', null],
  ],
  datadog: [
    [
      '[Triggered on {kube_namespace:payments,pod_name:checkout-api-7d9f8b6c5-x2k4p}] (k8s) CrashloopBackOff detected',
      'kube-pod-crash-looping',
    ],
    [
      '[P2] [Triggered on {kube_cluster_name:prod-tokyo}] (k8s) Pods are restarting multiple times',
      'kube-pod-crash-looping',
    ],
    ['[Triggered] (k8s) Increased Pod Crashes', 'kube-pod-crash-looping'],
    ['[Triggered on {kube_namespace:payments}] (k8s) ImagePullBackOff detected', null],
    ['[Recovered on {host:web-1}] (Host) Host Disk Usage', 'node-disk-almost-full'],
    [
      '[Warn on {kube_cluster_name:prod-tokyo}] (k8s) High Filesystem Usage Detected',
      'node-disk-almost-full',
    ],
    ['[Triggered on {dbinstanceidentifier:orders-db}] (RDS) Disk queue depth above 64', null],
    ['[Triggered on {host:db-1,env:prod}] MySQL too many connections on db-1', 'mysql-too-many-connections'],
    [
      '[Triggered on {service:checkout-api,env:prod}] checkout-api 5xx error rate above 5%',
      'http-5xx-error-rate',
    ],
    ['[Triggered on {service:checkout-api,env:prod}] checkout-api 4xx error rate above 20%', null],
    [
      '[Triggered on {url:https://pay.example.com}] TLS certificate expires in 14 days on pay.example.com',
      'tls-certificate-expiry',
    ],
    // "SSL certificate" alone is not expiry: a revoked certificate needs another runbook.
    ['[Triggered on {url:https://pay.example.com}] SSL certificate revoked for pay.example.com', null],
    [
      '[Triggered on {service:checkout-api,env:prod}] checkout-api p99 latency SLO burn rate is high',
      'latency-slo-burn',
    ],
    [
      '[Triggered on {host:mq-1}] [RabbitMQ] - Messages unacknowledged rate is higher than usual on: mq-1',
      'queue-backlog',
    ],
    [
      '[Triggered on {kube_namespace:payments,kube_container_name:checkout-api,reason:oomkilled}] Container terminated with OOMKilled',
      'oom-killed',
    ],
    ['[Triggered] (k8s) High Memory Usage Detected', null],
    [
      '[Triggered on {service:payment-api,env:prod}] 決済エラー率が 5% を超えました',
      'payment-errors-spike',
      PAYMENTS,
    ],
  ],
  cloudwatch: [
    ['ALARM: "prod-web-1 disk_used_percent >= 90" in Asia Pacific (Tokyo)', 'node-disk-almost-full'],
    ['OK: "prod-web-1 disk_used_percent >= 90" in Asia Pacific (Tokyo)', 'node-disk-almost-full'],
    ['ALARM: "checkout-alb-HTTPCode_ELB_5XX_Count" in US East (N. Virginia)', 'http-5xx-error-rate'],
    ['ALARM: "checkout-alb-HTTPCode_Target_4XX_Count" in US East (N. Virginia)', null],
    ['ALARM: "acm-pay-example-com-DaysToExpiry" in Asia Pacific (Tokyo)', 'tls-certificate-expiry'],
    ['ALARM: "orders-queue-ApproximateNumberOfMessagesVisible" in Asia Pacific (Tokyo)', 'queue-backlog'],
    ['ALARM: "payment-api-PaymentErrorRate-high" in Asia Pacific (Tokyo)', 'payment-errors-spike', PAYMENTS],
    ['ALARM: "high-cpu-test-alarm" in US East (N. Virginia)', null],
    ['ALARM: "ServerCpuTooHigh" in us-east-1', null],
  ],
  sentry: [
    ["OperationalError: (1040, 'Too many connections')", 'mysql-too-many-connections'],
    ['SQLSTATE[HY000] [1040] Too many connections', 'mysql-too-many-connections'],
    ['checkout-api 5xx error ratio', 'http-5xx-error-rate'],
    ['PaymentGatewayError: カード決済に失敗しました (gateway timeout)', 'payment-errors-spike', PAYMENTS],
    ['ReferenceError: heck is not defined', null],
    ['Too many errors', null],
  ],
  // Text as people and chat tools write it: Japanese without spaces, full-width and half-width forms.
  'japanese and width forms': [
    ['【本番】決済エラーが急増しています (payment-api)', 'payment-errors-spike', PAYMENTS],
    ['決済ｴﾗｰ急増 (payment-api)', 'payment-errors-spike', { name: 'Payment-API' }],
    ['【ステージング】決済エラーが急増しています (payment-api)', null, PAYMENTS],
    [
      '［ＦＩＲＩＮＧ：１］ ＥｔｃｄＨｉｇｈＦｓｙｎｃＤｕｒａｔｉｏｎｓ （ｗａｒｎｉｎｇ）',
      'etcd-high-fsync-durations',
    ],
    ['ＫｕｂｅＰｏｄＣｒａｓｈＬｏｏｐｉｎｇ ｉｎ ｐａｙｍｅｎｔｓ', 'kube-pod-crash-looping'],
  ],
};

let runbooks: Runbook[];
let problems: Awaited<ReturnType<typeof validateRunbooks>>['problems'];
let matcher: Matcher;

beforeAll(async () => {
  ({ runbooks, problems } = await validateRunbooks(RUNBOOKS_DIR, { cwd: process.cwd() }));
  matcher = createMatcher(runbooks.map(toIndexed));
});

function best(m: Matcher, text: string, service?: AlertText['service']): string | null {
  return m.match(service ? { text, service } : { text })[0]?.id ?? null;
}

describe('example runbooks', () => {
  it('validate with no errors and no warnings', () => {
    expect(problems).toEqual([]);
  });

  it('are the ten documented examples, each with a Markdown document beside it', () => {
    expect(runbooks.map((r) => r.id)).toEqual([
      'etcd-high-fsync-durations',
      'http-5xx-error-rate',
      'kube-pod-crash-looping',
      'latency-slo-burn',
      'mysql-too-many-connections',
      'node-disk-almost-full',
      'oom-killed',
      'payment-errors-spike',
      'queue-backlog',
      'tls-certificate-expiry',
    ]);
    for (const r of runbooks) {
      expect(r.doc).toBe(`${r.id}.md`);
      expect(r.tests.match.length).toBeGreaterThanOrEqual(3);
      expect(r.tests.noMatch.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('point editors at the JSON Schema on their first line', () => {
    const files = readdirSync(RUNBOOKS_DIR).filter((f) => f.endsWith('.yml'));
    expect(files).toHaveLength(10);
    for (const f of files) {
      expect(readFileSync(join(RUNBOOKS_DIR, f), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=./schema/runbook-v1.schema.json',
      );
    }
  });

  it.each([
    ['English', ['## Meaning', '## Impact', '## Diagnosis', '## Mitigation', '## Escalation']],
    ['Japanese', ['## 意味', '## 影響', '## 調査', '## 対応', '## エスカレーション']],
  ])('have %s documents with the same five sections and a command block', (language, headings) => {
    const docs = runbooks.filter(
      (r) => (language === 'Japanese') === /[\u3040-\u30ff\u4e00-\u9fff]/.test(r.title),
    );
    expect(docs.length).toBeGreaterThan(0);
    for (const r of docs) {
      const text = readFileSync(join(RUNBOOKS_DIR, r.doc!), 'utf8');
      const found = headings.map((h) => text.indexOf(`\n${h}\n`));
      expect(found.every((i) => i > 0)).toBe(true);
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      expect(text).toMatch(/```(sh|sql|promql)\n/);
    }
  });

  it('use each format v1 field at least once', () => {
    const has = (f: (r: Runbook) => boolean) => runbooks.filter(f).map((r) => r.id);
    expect(has((r) => r.escalateTo === 2)).toEqual(['payment-errors-spike']);
    expect(has((r) => r.match.services.length > 0)).toEqual(['payment-errors-spike']);
    expect(has((r) => r.match.regex.length > 0)).toEqual(['http-5xx-error-rate']);
    expect(has((r) => r.match.all.length > 0)).toEqual(['latency-slo-burn']);
    expect(has((r) => r.match.none.includes('staging')).length).toBeGreaterThanOrEqual(1);
    expect(has((r) => r.owner !== undefined)).toHaveLength(10);
    expect(new Set(runbooks.map((r) => r.priority)).size).toBeGreaterThan(2);
  });

  it('share no keyword between two runbooks, so no two rules compete for the same word', () => {
    const owner = new Map<string, string>();
    for (const r of runbooks) {
      for (const k of [...r.match.any, ...r.match.all]) {
        const key = k.normalize('NFKC').toLowerCase();
        expect(owner.get(key) ?? r.id).toBe(r.id);
        owner.set(key, r.id);
      }
    }
  });
});

for (const [tool, rows] of Object.entries(GOLDEN)) {
  describe(`golden ${tool} titles`, () => {
    for (const [title, expected, service] of rows) {
      it(`${JSON.stringify(title)} → ${expected ?? 'no runbook'}`, () => {
        expect(best(matcher, title, service)).toBe(expected);
      });
    }
  });
}

describe('matching the examples', () => {
  it('gives the same answers through the published index as from the files', () => {
    const index = parseIndex(
      serializeIndex(buildIndex(runbooks, { repository: 'acme/runbooks', commit: null, dir: RUNBOOKS_DIR })),
      'index.json',
    );
    const fromIndex = createMatcher(index.runbooks);
    for (const [title, , service] of Object.values(GOLDEN).flat()) {
      expect(fromIndex.match(service ? { text: title, service } : { text: title })).toEqual(
        matcher.match(service ? { text: title, service } : { text: title }),
      );
    }
  });

  it('ranks the cause first when an alert names both a crash loop and an OOM kill', () => {
    const text =
      '[FIRING:1] KubePodCrashLooping (api payments checkout-api-7d9f8b6c5-x2k4p warning)\nLast state: Terminated, reason OOMKilled, exit code 137';
    expect(matcher.match({ text }).map((m) => [m.id, m.terms])).toEqual([
      ['oom-killed', ['OOMKilled']],
      ['kube-pod-crash-looping', ['KubePodCrashLooping']],
    ]);
  });

  it('needs both etcd names, because a keyword never matches inside a longer alert name', () => {
    const etcd = runbooks.find((r) => r.id === 'etcd-high-fsync-durations')!;
    const warningOnly = toIndexed({
      ...etcd,
      match: { ...etcd.match, any: etcd.match.any.filter((k) => k !== 'EtcdHighFsyncDurationsCritical') },
    });
    const m = createMatcher([warningOnly]);
    expect(best(m, '[FIRING:1] EtcdHighFsyncDurations (10.0.3.17:9100 warning)')).toBe(etcd.id);
    expect(best(m, '[FIRING:1] EtcdHighFsyncDurationsCritical (10.0.3.17:9100 critical)')).toBeNull();
  });

  it('matches the payment runbook only for incidents of its PagerDuty service, by name or ID', () => {
    const title = '[FIRING:1] PaymentErrorRateHigh (payment-api prod critical)';
    expect(best(matcher, title)).toBeNull();
    expect(best(matcher, title, { name: 'checkout-api' })).toBeNull();
    expect(best(matcher, title, { id: 'PX3K9QZ' })).toBe('payment-errors-spike');
    expect(best(matcher, title, { name: 'payment-api' })).toBe('payment-errors-spike');
  });

  it('reports the 5xx regex as the matched term, as written in the runbook', () => {
    const [m] = matcher.match({
      text: 'ALARM: "checkout-alb-HTTPCode_ELB_5XX_Count" in US East (N. Virginia)',
    });
    expect(m).toMatchObject({ id: 'http-5xx-error-rate', terms: ['5xx[ _-]?(error|count|rate|ratio)'] });
  });
});
