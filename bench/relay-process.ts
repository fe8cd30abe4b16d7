/**
 * The relay in a process of its own, for the "relay-resources" bench section: its CPU time and memory are then the
 * relay's alone, not the fakes' that answer it. Settings come as JSON in ONCALL_BENCH_RELAY_SETTINGS; the parent
 * talks to it over the fork IPC channel: it sends "mark" before the measured requests and "report" after them.
 */
import { systemClock } from '../src/clock.js';
import type { Logger } from '../src/log.js';
import { startRelayServer } from '../src/relay/node-server.js';
import { createConfiguredHandler, type RelaySettings } from '../src/relay/web.js';

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
};

const settings = JSON.parse(process.env.ONCALL_BENCH_RELAY_SETTINGS ?? '{}') as RelaySettings;
const { handler } = createConfiguredHandler(settings, { clock: systemClock, log: quiet });
const server = await startRelayServer({ handler, port: 0, host: '127.0.0.1' });
let cpu = process.cpuUsage();
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
process.on('message', (message) => {
  if (message === 'mark') {
    globalThis.gc?.();
    cpu = process.cpuUsage();
    peakRss = process.memoryUsage().rss;
    process.send!({ marked: true });
  } else if (message === 'report') {
    const used = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    process.send!({
      cpuMs: (used.user + used.system) / 1000,
      rss: Math.max(peakRss, memory.rss),
      heapUsed: memory.heapUsed,
    });
  } else if (message === 'stop') {
    clearInterval(sampler);
    void server.close().then(() => process.exit(0));
  }
});
process.send!({ url: server.url });
