import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import type { Term } from '../../src/glossary/schema.js';
import type { DiscordMessage } from '../../src/render/discord.js';
import type { SlackMessage } from '../../src/render/slack.js';
import type { Reply, Section, TermReply } from '../../src/replies.js';

/** Rebuilds a rendered Discord message with @discordjs/builders, whose setters throw on any invalid value. */
export function buildWithDiscordBuilders(message: DiscordMessage): void {
  for (const embed of message.embeds) {
    const builder = new EmbedBuilder();
    if (embed.title !== undefined) builder.setTitle(embed.title);
    if (embed.description !== undefined) builder.setDescription(embed.description);
    if (embed.color !== undefined) builder.setColor(embed.color);
    if (embed.author) builder.setAuthor({ name: embed.author.name });
    if (embed.footer) builder.setFooter({ text: embed.footer.text });
    if (embed.fields) builder.addFields(...embed.fields);
    builder.toJSON();
  }
  for (const row of message.components) {
    const buttons = row.components.map((b) =>
      'url' in b
        ? new ButtonBuilder()
            .setURL(b.url)
            .setLabel(b.label ?? '')
            .setStyle(b.style)
        : new ButtonBuilder()
            .setCustomId(b.custom_id)
            .setLabel(b.label ?? '')
            .setStyle(b.style),
    );
    new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON();
  }
}

/** A term card reply for a term, resolving related titles from `terms`. */
export function termCard(
  term: Term,
  section: Section,
  terms: readonly Term[] = [],
  extra: Partial<TermReply> = {},
): TermReply {
  const related = term.related.flatMap((link) => {
    const target = terms.find((t) => t.slug === link.slug);
    return target ? [{ slug: target.slug, title: target.title, note: link.note }] : [];
  });
  return { kind: 'term', term, section, related, context: { kind: 'lookup' }, ...extra };
}

/** Every text a Slack user could see: fallback, block texts, fields, context elements, button labels. */
export function slackTexts(message: SlackMessage): string[] {
  const out = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header') out.push(block.text.text);
    if (block.type === 'section') {
      if (block.text) out.push(block.text.text);
      for (const f of block.fields ?? []) out.push(f.text);
    }
    if (block.type === 'context') for (const e of block.elements) if ('text' in e) out.push(e.text);
    if (block.type === 'actions') for (const e of block.elements) if (e.type === 'button') out.push(e.text.text);
  }
  return out;
}

/** Every text a Discord user could see. */
export function discordTexts(message: DiscordMessage): string[] {
  const out: string[] = message.content ? [message.content] : [];
  for (const e of message.embeds) {
    out.push(e.title ?? '', e.description ?? '', e.author?.name ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  for (const row of message.components) for (const b of row.components) out.push(b.label ?? '');
  return out.filter(Boolean);
}

/** Slack button action ids in order. */
export function slackButtonIds(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.flatMap((e) => (e.type === 'button' && e.action_id ? [e.action_id] : [])) : [],
  );
}

/** One reply of every non-term kind, around a query. */
export function otherReplies(query: string, refs = [{ slug: 'post-training', title: 'Post-training' }]): Reply[] {
  return [
    { kind: 'suggestions', query, suggestions: refs },
    { kind: 'not-found', query, reason: 'no-match', suggestions: refs },
    { kind: 'not-found', query, reason: 'empty', suggestions: [] },
    { kind: 'not-found', query, reason: 'too-long', suggestions: refs },
    { kind: 'help', termCount: 125, examples: refs },
    {
      kind: 'mentions',
      terms: refs.map((r) => ({ ...r, summary: `${r.title} summary.`, difficulty: 'beginner' as const })),
    },
    { kind: 'mentions', terms: [] },
    { kind: 'notice', text: 'Thanks, your vote was recorded.' },
    { kind: 'error', message: 'Sorry, something went wrong.' },
  ];
}
