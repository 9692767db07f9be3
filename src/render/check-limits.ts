import type { DiscordMessage } from './discord.js';
import { DISCORD_LIMITS as D, SLACK_LIMITS as S } from './limits.js';
import type { SlackMessage } from './slack.js';

/** Every Slack limit a message breaks, as readable sentences; empty when it is fine to send. */
export function findSlackViolations(message: SlackMessage): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  let total = 0;
  const text = (where: string, value: string | undefined, max: number) => {
    const length = value?.length ?? 0;
    total += length;
    if (length < 1) out.push(`${where} is empty`);
    if (length > max) out.push(`${where} has ${length} characters (limit ${max})`);
  };
  if (!message.text.trim()) out.push('top-level text fallback is empty');
  if (message.blocks.length > S.blocks) out.push(`${message.blocks.length} blocks (limit ${S.blocks})`);
  message.blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    if (block.type === 'header') text(`${at} text`, block.text.text, S.headerText);
    if (block.type === 'section') {
      if (block.text) text(`${at} text`, block.text.text, S.text);
      if (block.fields && block.fields.length > S.fields) out.push(`${at} has ${block.fields.length} fields`);
      for (const f of block.fields ?? []) text(`${at} field`, f.text, S.fieldText);
      if (!block.text && !block.fields?.length) out.push(`${at} has neither text nor fields`);
    }
    if (block.type === 'context') {
      if (block.elements.length > S.contextElements) out.push(`${at} has ${block.elements.length} elements`);
      for (const e of block.elements) if ('text' in e) text(`${at} element`, e.text, S.text);
    }
    if (block.type === 'actions') {
      if (block.elements.length > S.actionsElements) out.push(`${at} has ${block.elements.length} elements`);
      for (const e of block.elements) {
        if (e.type !== 'button') continue;
        text(`${at} button text`, e.text.text, S.buttonText);
        const id = e.action_id ?? '';
        if (e.url !== undefined && e.url.length > S.buttonUrl)
          out.push(`${at} button url has ${e.url.length} characters`);
        if (id.length < 1 || id.length > S.actionId) out.push(`${at} action_id "${id}" has ${id.length} characters`);
        if (ids.has(id)) out.push(`${at} repeats action_id "${id}"`);
        ids.add(id);
      }
    }
  });
  if (total > S.messageChars) out.push(`blocks hold ${total} characters of text (keep under ${S.messageChars})`);
  return out;
}

/** Characters Discord counts towards the 6000 total of one embed. */
export function measureEmbed(embed: DiscordMessage['embeds'][number]): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/** Every Discord limit a message breaks, as readable sentences; empty when it is fine to send. */
export function findDiscordViolations(message: DiscordMessage): string[] {
  const out: string[] = [];
  const check = (where: string, value: string | undefined, max: number, min = 0) => {
    if (value === undefined) return;
    if (value.length > max) out.push(`${where} has ${value.length} characters (limit ${max})`);
    if (value.length < min) out.push(`${where} is empty`);
  };
  check('content', message.content, D.content, 1);
  if (message.allowed_mentions?.parse?.length !== 0) out.push('allowed_mentions.parse is not empty');
  if (message.embeds.length > D.embeds) out.push(`${message.embeds.length} embeds (limit ${D.embeds})`);
  if (!message.content && message.embeds.length === 0) out.push('message has neither content nor embeds');
  let total = 0;
  message.embeds.forEach((embed, i) => {
    check(`embed ${i} title`, embed.title, D.title, 1);
    check(`embed ${i} description`, embed.description, D.description, 1);
    check(`embed ${i} footer`, embed.footer?.text, D.footer, 1);
    check(`embed ${i} author`, embed.author?.name, D.authorName, 1);
    const fields = embed.fields ?? [];
    if (fields.length > D.fields) out.push(`embed ${i} has ${fields.length} fields (limit ${D.fields})`);
    fields.forEach((f, j) => {
      check(`embed ${i} field ${j} name`, f.name, D.fieldName, 1);
      check(`embed ${i} field ${j} value`, f.value, D.fieldValue, 1);
    });
    total += measureEmbed(embed);
  });
  if (total > D.embedTotal) out.push(`embeds hold ${total} characters (limit ${D.embedTotal})`);
  if (message.components.length > D.rows) out.push(`${message.components.length} rows (limit ${D.rows})`);
  const ids = new Set<string>();
  message.components.forEach((row, i) => {
    if (row.components.length > D.buttonsPerRow || row.components.length < 1) {
      out.push(`row ${i} has ${row.components.length} buttons (1–${D.buttonsPerRow})`);
    }
    for (const b of row.components) {
      check(`row ${i} label`, b.label, D.label, 1);
      if ('url' in b) {
        check(`row ${i} link url`, b.url, D.linkUrl, 1);
        continue;
      }
      check(`row ${i} custom_id`, b.custom_id, D.customId, 1);
      if (ids.has(b.custom_id)) out.push(`row ${i} repeats custom_id "${b.custom_id}"`);
      ids.add(b.custom_id);
    }
  });
  return out;
}
