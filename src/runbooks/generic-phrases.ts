/**
 * Keywords that name a *kind* of alert rather than one failure: `SSL certificate`, `Disk usage`, `Connection refused`,
 * `CPU 使用率`. Each of their words is common to countless alerts of different causes — a resource (disk, certificate,
 * connection) or a generic condition (usage, high, refused, error) — so a rule built on them also catches the
 * Envoy, Elasticsearch or Redis alert that needs another runbook. `oncall validate` warns about them.
 *
 * The heuristic, deliberately narrow so that it does not fire on real alert names:
 * - only keywords written in plain words are judged: letters, digits and single spaces. A keyword with punctuation
 *   (`disk_used_percent`, `web-alert`, `(Host) Host Disk Usage`) or with a capital inside a word (`HostOutOfDiskSpace`)
 *   is an identifier or a monitor's name as the tool writes it: specific.
 * - the keyword is generic when every Latin word is in {@link GENERIC_WORDS} and nothing is left of its Japanese
 *   text once the generic Japanese terms in {@link GENERIC_JAPANESE} are taken out.
 * A word outside the lists — a product (`envoy`), a failure (`expired`, `crash`, `oom`), a number (`1040`), a limit
 * (`too many`) — makes the keyword specific.
 */
import { normalizeText } from './normalize.js';

/** Resources and generic conditions, normalised (lower case). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  // What is measured or affected.
  (
    'disk disks cpu cpus memory mem ram swap ssl tls certificate certificates cert certs connection ' +
    'connections network host hosts node nodes pod pods container containers service services server ' +
    'servers database db api http https request requests response responses latency load traffic usage ' +
    'utilization utilisation space storage volume volumes filesystem file files system instance instances ' +
    'process processes job jobs queue queues port socket dns cluster application app web website site ' +
    'endpoint health check status io iops bandwidth throughput performance resource resources limit ' +
    'threshold metric metrics ' +
    // How it is: generic states, and the small words that join them.
    'high low error errors failed failure failures fail failing refused timeout timeouts timed out slow ' +
    'down up unavailable unreachable unhealthy issue issues problem problems warning critical alert alarm ' +
    'detected abnormal anomaly increase increased decrease spike rate count percent used is are the a an ' +
    'on of in at to for with'
  ).split(' '),
);

/** Generic Japanese terms (resources, usage, error): what is left of a keyword without them is what identifies it. */
export const GENERIC_JAPANESE: readonly string[] = (
  'ディスク 使用率 使用量 容量 メモリ メモリー 接続 エラー 障害 警告 アラート 証明書 高負荷 負荷 サーバー サーバ ' +
  'ネットワーク タイムアウト 遅延 高い 低い が の を に で は'
)
  .split(' ')
  .map(normalizeText);

const PLAIN_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
/** A capital after the first letter of a word: an identifier such as `HostOutOfDiskSpace`. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const LATIN_WORD = /[a-z0-9]+/g;

/**
 * The generic words a keyword is made of, when it is made only of them (see the module comment); `undefined` when
 * the keyword is specific or not written in plain words.
 */
export function genericPhrase(keyword: string): string[] | undefined {
  const written = keyword.trim().replace(/\s+/g, ' ');
  if (!PLAIN_WORDS.test(written) || INNER_CAPITAL.test(written)) return undefined;
  const normalized = normalizeText(written);
  const latin = normalized.match(LATIN_WORD) ?? [];
  if (!latin.every((w) => GENERIC_WORDS.has(w))) return undefined;
  let rest = normalized.replace(LATIN_WORD, ' ');
  const japanese: string[] = [];
  // Longest first, so that `メモリー` is taken out whole rather than leaving `ー`.
  for (const term of [...GENERIC_JAPANESE].sort((a, b) => b.length - a.length)) {
    if (rest.includes(term)) {
      japanese.push(term);
      rest = rest.split(term).join(' ');
    }
  }
  if (rest.trim() !== '') return undefined;
  const words = [...latin, ...japanese];
  // A single word is the single-keyword check's business (GENERIC_KEYWORDS); this one is about phrases.
  return words.length >= 2 ? words : undefined;
}
