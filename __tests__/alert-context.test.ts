import { describe, expect, it } from '@jest/globals';
import { alertContext } from '../src/alert/context.js';

describe('alertContext', () => {
  it("reads Alertmanager's default firing text: annotations, labels, runbook and graph links", () => {
    const firing =
      'Labels:\n - alertname = KubePodCrashLooping\n - namespace = payments\n - pod = api-7d\n - severity = warning\n' +
      'Annotations:\n - description = Pod payments/api-7d is in waiting state (reason: "CrashLoopBackOff").\n' +
      ' - runbook_url = https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping\n' +
      ' - summary = Pod is crash looping.\n' +
      'Source: https://prometheus.example/graph?g0.expr=max_over_time\n' +
      'Labels:\n - alertname = KubePodCrashLooping\n - namespace = other\n';
    const context = alertContext(
      [
        {
          summary: '[FIRING:2] KubePodCrashLooping (payments warning)',
          details: [
            { key: 'firing', value: firing },
            { key: 'num_firing', value: '2' },
          ],
          links: [{ href: 'https://alertmanager.example/#/alerts', text: 'Alertmanager' }],
        },
      ],
      '[FIRING:2] KubePodCrashLooping (payments warning)',
    );
    expect(context).toEqual({
      summary: 'Pod is crash looping.',
      description: 'Pod payments/api-7d is in waiting state (reason: "CrashLoopBackOff").',
      details: [
        { key: 'namespace', value: 'payments' },
        { key: 'pod', value: 'api-7d' },
        { key: 'severity', value: 'warning' },
      ],
      runbookUrl: 'https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping',
      links: [
        { href: 'https://prometheus.example/graph?g0.expr=max_over_time', text: 'Graph' },
        { href: 'https://alertmanager.example/#/alerts', text: 'Alertmanager' },
      ],
    });
  });

  it('reads Grafana-style keys, keeps the first five details and never takes a non-http runbook link', () => {
    const context = alertContext(
      [
        {
          details: [
            { key: 'runbook_url', value: 'file:///etc/passwd' },
            { key: 'dashboardURL', value: 'https://grafana.example/d/abc' },
            { key: 'panelURL', value: 'https://grafana.example/d/abc?viewPanel=2' },
            ...['a', 'b', 'c', 'd', 'e', 'f'].map((k) => ({ key: k, value: k.toUpperCase() })),
          ],
          links: [],
        },
      ],
      'Disk full',
    );
    expect(context?.runbookUrl).toBeUndefined();
    expect(context?.details.map((d) => d.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(context?.links).toEqual([
      { href: 'https://grafana.example/d/abc', text: 'Dashboard' },
      { href: 'https://grafana.example/d/abc?viewPanel=2', text: 'Panel' },
    ]);
  });

  it('says nothing when the alert only repeats the title', () => {
    expect(
      alertContext([{ summary: 'Disk full on db-1', details: [], links: [] }], 'Disk full on db-1'),
    ).toBe(undefined);
  });
});
