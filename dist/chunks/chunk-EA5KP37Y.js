
// src/slack/limits.ts
var SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3e3,
  headerText: 150,
  fields: 10,
  fieldText: 2e3,
  contextElements: 10,
  contextText: 3e3,
  actionsElements: 25,
  buttonText: 75,
  buttonUrl: 3e3,
  blockId: 255,
  /** Fallback `text` we send; Slack itself truncates past 40,000. */
  fallbackText: 4e3,
  /**
   * Our budget for all text in the blocks together. Slack answers `msg_blocks_too_long` somewhere near 12,000
   * characters (undocumented, and it counts some block overhead), so we stay well under.
   */
  totalBlockText: 1e4,
  /** Allowance per block for the structure Slack seems to count towards the total. */
  perBlockOverhead: 20
};
var ELLIPSIS = "\u2026";
function truncateText(text, max) {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  const head = text.slice(0, cut);
  const openAngle = head.lastIndexOf("<");
  if (openAngle >= 0 && head.indexOf(">", openAngle) < 0) cut = openAngle;
  const amp = head.lastIndexOf("&", cut - 1);
  if (amp >= 0 && amp >= cut - 8 && head.slice(amp, cut).indexOf(";") < 0) cut = Math.min(cut, amp);
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
function fitMessage(message, options = {}) {
  const moreText = options.moreText ?? ((n) => `_\u2026and ${n} more_`);
  const budget = options.totalBlockText ?? SLACK_LIMITS.totalBlockText;
  const out = { ...message, text: truncateText(message.text, SLACK_LIMITS.fallbackText) };
  if (!message.blocks) return out;
  let blocks = message.blocks.map(fitBlock).filter((b) => b !== void 0);
  let dropped = 0;
  if (blocks.length > SLACK_LIMITS.blocks) {
    dropped = blocks.length - (SLACK_LIMITS.blocks - 1);
    blocks = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  }
  const floor = 200;
  const moreBlock = (n) => ({
    type: "context",
    elements: [{ type: "mrkdwn", text: moreText(n) }]
  });
  const cost = (bs, cap, more) => bs.reduce((sum, b) => sum + blockTextLength(b, cap), 0) + (bs.length + (more > 0 ? 1 : 0)) * SLACK_LIMITS.perBlockOverhead + (more > 0 ? moreText(more).length : 0);
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
function fitText(text, max) {
  return text.text.length <= max ? text : { ...text, text: truncateText(text.text, max) };
}
function fitButton(button) {
  return { ...button, text: fitText(button.text, SLACK_LIMITS.buttonText) };
}
function fitBlockId(block) {
  return block.block_id !== void 0 && block.block_id.length > SLACK_LIMITS.blockId ? { ...block, block_id: block.block_id.slice(0, SLACK_LIMITS.blockId) } : block;
}
function fitBlock(block) {
  switch (block.type) {
    case "header":
      if (block.text.text.trim() === "") return void 0;
      return fitBlockId({ ...block, text: fitText(block.text, SLACK_LIMITS.headerText) });
    case "section": {
      const text = block.text && block.text.text !== "" ? fitText(block.text, SLACK_LIMITS.sectionText) : void 0;
      const fields = block.fields?.filter((f) => f.text !== "").slice(0, SLACK_LIMITS.fields).map((f) => fitText(f, SLACK_LIMITS.fieldText));
      if (!text && (!fields || fields.length === 0)) return void 0;
      const out = { type: "section" };
      if (text) out.text = text;
      if (fields && fields.length > 0) out.fields = fields;
      if (block.accessory) out.accessory = fitButton(block.accessory);
      if (block.block_id !== void 0) out.block_id = block.block_id;
      return fitBlockId(out);
    }
    case "context": {
      const elements = block.elements.filter((e) => e.text !== "").slice(0, SLACK_LIMITS.contextElements).map((e) => fitText(e, SLACK_LIMITS.contextText));
      return elements.length === 0 ? void 0 : fitBlockId({ ...block, elements });
    }
    case "actions": {
      const elements = block.elements.slice(0, SLACK_LIMITS.actionsElements).map(fitButton);
      return elements.length === 0 ? void 0 : fitBlockId({ ...block, elements });
    }
    case "divider":
      return fitBlockId(block);
  }
}
function blockTextLength(block, cap) {
  const len = (t) => t ? Math.min(t.text.length, cap) : 0;
  switch (block.type) {
    case "header":
      return len(block.text);
    case "section":
      return len(block.text) + (block.fields ?? []).reduce((s, f) => s + len(f), 0) + len(block.accessory?.text);
    case "context":
      return block.elements.reduce((s, e) => s + len(e), 0);
    case "actions":
      return block.elements.reduce((s, e) => s + len(e.text), 0);
    case "divider":
      return 0;
  }
}
function capBlock(block, cap) {
  const c = (t) => fitText(t, cap);
  switch (block.type) {
    case "header":
      return { ...block, text: c(block.text) };
    case "section": {
      const out = { ...block };
      if (block.text) out.text = c(block.text);
      if (block.fields) out.fields = block.fields.map(c);
      if (block.accessory) out.accessory = { ...block.accessory, text: c(block.accessory.text) };
      return out;
    }
    case "context":
      return { ...block, elements: block.elements.map(c) };
    case "actions":
      return { ...block, elements: block.elements.map((e) => ({ ...e, text: c(e.text) })) };
    case "divider":
      return block;
  }
}

export {
  SLACK_LIMITS,
  truncateText,
  fitMessage
};
