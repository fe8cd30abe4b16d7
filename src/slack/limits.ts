/**
 * Block Kit limits, enforced in one place. Builders make the message they want; `fitMessage` makes it one Slack
 * accepts, cutting with "…" where a text is too long and summarising dropped blocks as "…and N more".
 * Cuts never land inside an escape (`&amp;`), a mention (`<@U…>`) or a link, so truncation cannot turn escaped
 * outside text back into live mrkdwn or leave a broken token.
 */
import type { Block, ButtonElement, SlackMessage, TextObject } from './types.js';

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonUrl: 3000,
  blockId: 255,
  /** Fallback `text` we send; Slack itself truncates past 40,000. */
  fallbackText: 4000,
  /**
   * Our budget for all text in the blocks together. Slack answers `msg_blocks_too_long` somewhere near 12,000
   * characters (undocumented, and it counts some block overhead), so we stay well under.
   */
  totalBlockText: 10_000,
  /** Allowance per block for the structure Slack seems to count towards the total. */
  perBlockOverhead: 20,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters (UTF-16 units, which never under-count what Slack counts), ending with
 * "…". Never cuts inside an HTML entity, a `<…>` token or a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  const head = text.slice(0, cut);
  // An unterminated `<…` or `&…;` before the cut would be split: move the cut back to its start.
  const openAngle = head.lastIndexOf('<');
  if (openAngle >= 0 && head.indexOf('>', openAngle) < 0) cut = openAngle;
  const amp = head.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp >= cut - 8 && head.slice(amp, cut).indexOf(';') < 0) cut = Math.min(cut, amp);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

export interface FitOptions {
  /** The context line that replaces dropped blocks. Default: `…and N more`. */
  moreText?: (n: number) => string;
  /** Override the total text budget (tests, or a caller that wants extra head-room). */
  totalBlockText?: number;
}

/**
 * Returns a copy of `message` within every Block Kit limit: ≤ 50 blocks (the last one a "…and N more" context when
 * blocks were dropped), section text ≤ 3,000, header ≤ 150, ≤ 10 fields of ≤ 2,000, ≤ 10 context elements,
 * ≤ 25 actions elements, button text ≤ 75, all block text together within the budget, fallback text ≤ 4,000.
 */
export function fitMessage(message: SlackMessage, options: FitOptions = {}): SlackMessage {
  const moreText = options.moreText ?? ((n: number) => `_…and ${n} more_`);
  const budget = options.totalBlockText ?? SLACK_LIMITS.totalBlockText;
  const out: SlackMessage = { ...message, text: truncateText(message.text, SLACK_LIMITS.fallbackText) };
  if (!message.blocks) return out;

  let blocks = message.blocks.map(fitBlock).filter((b): b is Block => b !== undefined);
  let dropped = 0;
  if (blocks.length > SLACK_LIMITS.blocks) {
    dropped = blocks.length - (SLACK_LIMITS.blocks - 1);
    blocks = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  }

  // Shrink long texts first (every text capped at the same length, the largest cap that fits); when even a short
  // cap does not fit, drop trailing blocks too.
  const floor = 200;
  const moreBlock = (n: number): Block => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: moreText(n) }],
  });
  const cost = (bs: Block[], cap: number, more: number) =>
    bs.reduce((sum, b) => sum + blockTextLength(b, cap), 0) +
    (bs.length + (more > 0 ? 1 : 0)) * SLACK_LIMITS.perBlockOverhead +
    (more > 0 ? moreText(more).length : 0);
  while (blocks.length > 1 && cost(blocks, floor, dropped) > budget) {
    blocks = blocks.slice(0, -1);
    dropped += 1;
  }
  if (cost(blocks, Infinity, dropped) > budget) {
    let low = 1;
    let high = Math.max(...blocks.map((b) => blockTextLength(b, Infinity)), 1);
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (cost(blocks, mid, dropped) <= budget) low = mid;
      else high = mid - 1;
    }
    blocks = blocks.map((b) => capBlock(b, low));
  }
  if (dropped > 0) blocks.push(moreBlock(dropped));
  out.blocks = blocks;
  return out;
}

function fitText<T extends TextObject>(text: T, max: number): T {
  return text.text.length <= max ? text : { ...text, text: truncateText(text.text, max) };
}

function fitButton(button: ButtonElement): ButtonElement {
  return { ...button, text: fitText(button.text, SLACK_LIMITS.buttonText) };
}

function fitBlockId<T extends Block>(block: T): T {
  return block.block_id !== undefined && block.block_id.length > SLACK_LIMITS.blockId
    ? { ...block, block_id: block.block_id.slice(0, SLACK_LIMITS.blockId) }
    : block;
}

/** One block within its own limits; undefined when nothing valid is left (e.g. a section with no text). */
function fitBlock(block: Block): Block | undefined {
  switch (block.type) {
    case 'header':
      if (block.text.text.trim() === '') return undefined;
      return fitBlockId({ ...block, text: fitText(block.text, SLACK_LIMITS.headerText) });
    case 'section': {
      const text =
        block.text && block.text.text !== '' ? fitText(block.text, SLACK_LIMITS.sectionText) : undefined;
      const fields = block.fields
        ?.filter((f) => f.text !== '')
        .slice(0, SLACK_LIMITS.fields)
        .map((f) => fitText(f, SLACK_LIMITS.fieldText));
      if (!text && (!fields || fields.length === 0)) return undefined;
      const out: Block = { type: 'section' };
      if (text) out.text = text;
      if (fields && fields.length > 0) out.fields = fields;
      if (block.accessory) out.accessory = fitButton(block.accessory);
      if (block.block_id !== undefined) out.block_id = block.block_id;
      return fitBlockId(out);
    }
    case 'context': {
      const elements = block.elements
        .filter((e) => e.text !== '')
        .slice(0, SLACK_LIMITS.contextElements)
        .map((e) => fitText(e, SLACK_LIMITS.contextText));
      return elements.length === 0 ? undefined : fitBlockId({ ...block, elements });
    }
    case 'actions': {
      const elements = block.elements.slice(0, SLACK_LIMITS.actionsElements).map(fitButton);
      return elements.length === 0 ? undefined : fitBlockId({ ...block, elements });
    }
    case 'divider':
      return fitBlockId(block);
  }
}

/** Characters of text in a block, each text counted at most `cap`. */
function blockTextLength(block: Block, cap: number): number {
  const len = (t: TextObject | undefined) => (t ? Math.min(t.text.length, cap) : 0);
  switch (block.type) {
    case 'header':
      return len(block.text);
    case 'section':
      return (
        len(block.text) + (block.fields ?? []).reduce((s, f) => s + len(f), 0) + len(block.accessory?.text)
      );
    case 'context':
      return block.elements.reduce((s, e) => s + len(e), 0);
    case 'actions':
      return block.elements.reduce((s, e) => s + len(e.text), 0);
    case 'divider':
      return 0;
  }
}

function capBlock(block: Block, cap: number): Block {
  const c = <T extends TextObject>(t: T): T => fitText(t, cap);
  switch (block.type) {
    case 'header':
      return { ...block, text: c(block.text) };
    case 'section': {
      const out: Block = { ...block };
      if (block.text) out.text = c(block.text);
      if (block.fields) out.fields = block.fields.map(c);
      if (block.accessory) out.accessory = { ...block.accessory, text: c(block.accessory.text) };
      return out;
    }
    case 'context':
      return { ...block, elements: block.elements.map(c) };
    case 'actions':
      return { ...block, elements: block.elements.map((e) => ({ ...e, text: c(e.text) })) };
    case 'divider':
      return block;
  }
}

/** Total characters of block text as `fitMessage` counts it (without overhead), for tests and diagnostics. */
export function totalBlockText(blocks: readonly Block[]): number {
  return blocks.reduce((sum, b) => sum + blockTextLength(b, Infinity), 0);
}
