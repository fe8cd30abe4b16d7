/**
 * The words of the alert path's Slack messages, in each language the `language` setting offers (the same choice as
 * the shift post). Every function takes text that is already mrkdwn (escaped names, links, mentions) and only puts
 * words around it.
 */
import type { ShiftLanguage } from '../shift/message.js';

/** Language of the incident message and its replies: `en` or `ja`, as for the shift post. */
export type AlertLanguage = ShiftLanguage;

/** Words of the alert messages; every argument is mrkdwn already. */
export interface AlertStrings {
  inPagerDuty(number: string): string;
  noTitle: string;
  service: string;
  urgency: string;
  onCall(level: number): string;
  nobodyOnCall: string;
  runbook: string;
  owner(owner: string): string;
  matched(terms: string): string;
  andMore(n: number): string;
  alsoMatched(count: string, list: string): string;
  alsoMatchedCount(total: number, hidden: number): string;
  noRunbook: string;
  addOne(link: string): string;
  addOnePlain: string;
  alertRunbook(link: string): string;
  alertRunbookLabel: string;
  indexLine(version: number, commit: string, origin: string): string;
  resolvedTag: string;
  status: Record<'triggered' | 'acknowledged' | 'resolved', string>;
  statusWord: Record<'triggered' | 'acknowledged' | 'resolved', string>;
  acknowledgedWhoWhen(whoWhen: string): string;
  resolvedWhoWhen(whoWhen: string): string;
  escalatedTo(level: number): string;
  by(name: string): string;
  at(date: string): string;
  fallback(status: string, title: string, onCall: string): string;
  // Replies.
  acknowledged(by: string): string;
  unacknowledged: string;
  escalated(level: string, by: string, who: string): string;
  toLevel(level: number): string;
  nowOnCall(who: string): string;
  reassigned(who: string, by: string): string;
  delegated(policy: string, by: string, who: string): string;
  note(by: string): string;
  resolved(by: string): string;
  reopened(by: string): string;
  priority(to: string, by: string): string;
  priorityTo(p: string): string;
  priorityNone: string;
  // Escalation note.
  escalationLead(level: number): string;
  escalating: string;
  escalatedDone: string;
  notEscalated(why: string): string;
  escalationFailed(lead: string, why: string, level: number): string;
  // Alert context.
  details: string;
  links: string;
}

const EN: AlertStrings = {
  inPagerDuty: (n) => `${n} in PagerDuty`,
  noTitle: '(no title)',
  service: 'Service',
  urgency: 'Urgency / priority',
  onCall: (level) => `On call${level > 1 ? ` (level ${level})` : ''}`,
  nobodyOnCall: 'nobody on call',
  runbook: 'Runbook:',
  owner: (o) => ` · owner ${o}`,
  matched: (t) => `Matched: ${t}`,
  andMore: (n) => ` and ${n} more`,
  alsoMatched: (count, list) => `Also matched${count}: ${list}`,
  alsoMatchedCount: (total, hidden) => ` (${total}, ${hidden} more not shown)`,
  noRunbook: '*No runbook matches this alert.*',
  addOne: (l) => `${l} with a pull request to \`runbooks/\`.`,
  addOnePlain: 'Add one with a pull request to `runbooks/`.',
  alertRunbook: (l) => `The alert links its own runbook: ${l}.`,
  alertRunbookLabel: 'Add one',
  indexLine: (v, c, o) => `Runbook index v${v}${c} · ${o}`,
  resolvedTag: 'Resolved',
  status: {
    triggered: ':red_circle: *Triggered*',
    acknowledged: ':large_yellow_circle: *Acknowledged*',
    resolved: ':large_green_circle: *Resolved*',
  },
  statusWord: { triggered: 'Triggered', acknowledged: 'Acknowledged', resolved: 'Resolved' },
  acknowledgedWhoWhen: (w) => `acknowledged${w}`,
  resolvedWhoWhen: (w) => `resolved${w}`,
  escalatedTo: (l) => `escalated to level ${l}`,
  by: (n) => ` by ${n}`,
  at: (d) => ` at ${d}`,
  fallback: (s, t, o) => `${s}: ${t}${o ? ` — on call: ${o}` : ''}`,
  acknowledged: (by) => `:eyes: Acknowledged${by}.`,
  unacknowledged: ':leftwards_arrow_with_hook: Acknowledgement timed out: the incident is open again.',
  escalated: (level, by, who) =>
    `:arrow_double_up: Escalated${level}${by}.${who ? ` Now on call: ${who}` : ''}`,
  toLevel: (l) => ` to level ${l}`,
  nowOnCall: (w) => ` Now on call: ${w}`,
  reassigned: (who, by) => `:busts_in_silhouette: Reassigned${who ? ` to ${who}` : ''}${by}.`,
  delegated: (policy, by, who) =>
    `:twisted_rightwards_arrows: Moved to escalation policy ${policy}${by}.${who ? ` Now on call: ${who}` : ''}`,
  note: (by) => `:memo: Note${by}:`,
  resolved: (by) => `:white_check_mark: Resolved${by}.`,
  reopened: (by) => `:repeat: Reopened${by}.`,
  priority: (to, by) => `:label: Priority changed${to}${by}.`,
  priorityTo: (p) => ` to ${p}`,
  priorityNone: ' (none)',
  escalationLead: (l) => `This runbook escalates straight to level ${l}`,
  escalating: 'escalating in PagerDuty…',
  escalatedDone: 'escalated in PagerDuty.',
  notEscalated: (why) => `not escalated${why ? ` (${why})` : ''}.`,
  escalationFailed: (lead, why, l) =>
    `:warning: ${lead}, but the escalation failed${why ? `: ${why}` : ''}. PagerDuty has not paged ` +
    `level ${l}: escalate by hand if needed; a re-run of this alert tries again.`,
  details: 'From the alert',
  links: 'Links',
};

const JA: AlertStrings = {
  inPagerDuty: (n) => `PagerDuty の ${n}`,
  noTitle: '(タイトルなし)',
  service: 'サービス',
  urgency: '緊急度 / 優先度',
  onCall: (level) => `オンコール${level > 1 ? ` (レベル ${level})` : ''}`,
  nobodyOnCall: '担当者なし',
  runbook: 'ランブック:',
  owner: (o) => ` · 担当 ${o}`,
  matched: (t) => `一致: ${t}`,
  andMore: (n) => ` ほか ${n} 件`,
  alsoMatched: (count, list) => `他の一致${count}: ${list}`,
  alsoMatchedCount: (total, hidden) => ` (${total} 件、うち ${hidden} 件は省略)`,
  noRunbook: '*このアラートに一致するランブックはありません。*',
  addOne: (l) => `\`runbooks/\` へのプルリクエストで${l}できます。`,
  addOnePlain: '`runbooks/` へのプルリクエストで追加できます。',
  alertRunbook: (l) => `アラートにランブックへのリンクがあります: ${l}`,
  alertRunbookLabel: '追加',
  indexLine: (v, c, o) => `ランブック索引 v${v}${c} · ${o}`,
  resolvedTag: '解決済み',
  status: {
    triggered: ':red_circle: *発生中*',
    acknowledged: ':large_yellow_circle: *対応中*',
    resolved: ':large_green_circle: *解決済み*',
  },
  statusWord: { triggered: '発生', acknowledged: '対応中', resolved: '解決済み' },
  acknowledgedWhoWhen: (w) => `受付${w}`,
  resolvedWhoWhen: (w) => `解決${w}`,
  escalatedTo: (l) => `レベル ${l} にエスカレーション`,
  by: (n) => ` ${n}`,
  at: (d) => ` ${d}`,
  fallback: (s, t, o) => `${s}: ${t}${o ? ` — オンコール: ${o}` : ''}`,
  acknowledged: (by) => `:eyes: ${by ? `${by.trim()} が` : ''}受け付けました。`,
  unacknowledged: ':leftwards_arrow_with_hook: 受付がタイムアウトしました。インシデントは再び未対応です。',
  escalated: (level, by, who) =>
    `:arrow_double_up: ${by ? `${by.trim()} が` : ''}${level}エスカレーションしました。${who ? ` 現在のオンコール: ${who}` : ''}`,
  toLevel: (l) => `レベル ${l} へ`,
  nowOnCall: (w) => ` 現在のオンコール: ${w}`,
  reassigned: (who, by) =>
    `:busts_in_silhouette: ${by ? `${by.trim()} が` : ''}${who ? `${who} に` : ''}再割り当てしました。`,
  delegated: (policy, by, who) =>
    `:twisted_rightwards_arrows: ${by ? `${by.trim()} が` : ''}エスカレーションポリシー ${policy} に移しました。${who ? ` 現在のオンコール: ${who}` : ''}`,
  note: (by) => `:memo: メモ${by ? ` (${by.trim()})` : ''}:`,
  resolved: (by) => `:white_check_mark: ${by ? `${by.trim()} が` : ''}解決しました。`,
  reopened: (by) => `:repeat: ${by ? `${by.trim()} が` : ''}再開しました。`,
  priority: (to, by) => `:label: ${by ? `${by.trim()} が` : ''}優先度を${to}変更しました。`,
  priorityTo: (p) => ` ${p} に`,
  priorityNone: ' (なし) に',
  escalationLead: (l) => `このランブックはレベル ${l} へ直接エスカレーションします`,
  escalating: 'PagerDuty でエスカレーション中…',
  escalatedDone: 'PagerDuty でエスカレーションしました。',
  notEscalated: (why) => `エスカレーションしませんでした${why ? ` (${why})` : ''}。`,
  escalationFailed: (lead, why, l) =>
    `:warning: ${lead}が、エスカレーションに失敗しました${why ? `: ${why}` : ''}。PagerDuty はレベル ${l} ` +
    `を呼び出していません。必要なら手動でエスカレーションしてください。このアラートを再実行すると再試行します。`,
  details: 'アラートの内容',
  links: 'リンク',
};

const STRINGS: Record<AlertLanguage, AlertStrings> = { en: EN, ja: JA };

/** The words for `language` (English when not given). */
export function alertStrings(language: AlertLanguage = 'en'): AlertStrings {
  return STRINGS[language];
}
