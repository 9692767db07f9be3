/** Gateway payloads for the Discord stand-in: the guild it serves and the events a test dispatches. */

/** Fixed snowflakes of the stand-in's world. */
export const STANDIN_IDS = {
  application: '100000000000000001',
  bot: '100000000000000002',
  guild: '200000000000000001',
  channel: '300000000000000001',
  dmChannel: '300000000000000002',
  user: '400000000000000001',
  command: '500000000000000001',
} as const;

export const BOT_USER = {
  id: STANDIN_IDS.bot,
  username: 'Glossary',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

export const HUMAN_USER = {
  id: STANDIN_IDS.user,
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};

/** Permission bitfields as strings: an ordinary member (view + send) and a moderator (+ Manage Channels). */
export const PERMISSIONS = { member: String(1024 + 2048), moderator: String(1024 + 2048 + 16) } as const;

let nextId = 600_000_000_000_000_000n;
/** A fresh snowflake, so each test event can be told apart in the recorded calls. */
export function snowflake(): string {
  nextId += 1n;
  return String(nextId);
}

/** The guild sent in GUILD_CREATE: one text channel. */
export function standinGuild(): Record<string, unknown> {
  return {
    id: STANDIN_IDS.guild,
    name: 'Stand-in guild',
    icon: null,
    owner_id: STANDIN_IDS.user,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: STANDIN_IDS.guild,
        name: '@everyone',
        permissions: PERMISSIONS.member,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: STANDIN_IDS.channel,
        type: 0,
        guild_id: STANDIN_IDS.guild,
        name: 'general',
        position: 0,
        permission_overwrites: [],
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** Where an event happens: the guild's text channel (as a member with given permissions) or a DM. */
export type Place = { in: 'guild'; permissions?: string } | { in: 'dm' };
const GUILD: Place = { in: 'guild' };

function placeFields(place: Place): Record<string, unknown> {
  if (place.in === 'dm') {
    return {
      channel_id: STANDIN_IDS.dmChannel,
      channel: { id: STANDIN_IDS.dmChannel, type: 1 },
      user: HUMAN_USER,
      context: 1,
    };
  }
  return {
    guild_id: STANDIN_IDS.guild,
    channel_id: STANDIN_IDS.channel,
    channel: { id: STANDIN_IDS.channel, type: 0, guild_id: STANDIN_IDS.guild, name: 'general' },
    member: {
      user: HUMAN_USER,
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: place.permissions ?? PERMISSIONS.member,
    },
    guild_locale: 'en-US',
    context: 0,
  };
}

/** An interaction of any type; `id` and `token` are fresh so its callback can be found in the calls. */
function interaction(type: number, data: unknown, place: Place, extra: Record<string, unknown> = {}) {
  return {
    id: snowflake(),
    application_id: STANDIN_IDS.application,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    app_permissions: PERMISSIONS.member,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': STANDIN_IDS.guild },
    data,
    ...placeFields(place),
    ...extra,
  };
}

/** A command option as Discord sends it: string (3), integer (4), boolean (5), or a subcommand (1) / group (2). */
export interface OptionPayload {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionPayload[];
}

/** A chat-input (slash) command, e.g. `/define term:rlhf`. */
export function slashCommand(name: string, options: OptionPayload[], place: Place = GUILD) {
  return interaction(2, { id: STANDIN_IDS.command, name, type: 1, options }, place);
}

/** An autocomplete request for the focused string option `focused` of a command. */
export function autocomplete(name: string, focused: string, value: string, others: OptionPayload[] = []) {
  const options = [...others, { name: focused, type: 3, value, focused: true }];
  return interaction(4, { id: STANDIN_IDS.command, name, type: 1, options }, GUILD);
}

/** A message as the gateway or an interaction carries it. */
export function messagePayload(content: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: STANDIN_IDS.channel,
    author: HUMAN_USER,
    content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...overrides,
  };
}

/** A click on a button with `customId` on one of the bot's own messages. */
export function buttonClick(customId: string, place: Place = GUILD) {
  const message = messagePayload('', { author: BOT_USER, channel_id: placeFields(place).channel_id });
  return interaction(3, { custom_id: customId, component_type: 2 }, place, { message });
}

/** The message context-menu command `name` used on a message with `content`. */
export function messageCommand(name: string, content: string) {
  const target = messagePayload(content);
  const data = {
    id: STANDIN_IDS.command,
    name,
    type: 3,
    target_id: target.id,
    resolved: { messages: { [target.id as string]: target } },
  };
  return interaction(2, data, GUILD);
}

/** A MESSAGE_CREATE in the guild channel (optionally mentioning the bot) or in a DM. */
export function messageCreate(
  content: string,
  options: { place?: Place; mentionsBot?: boolean; author?: object } = {},
) {
  const place = options.place ?? GUILD;
  const mentions = options.mentionsBot ? [BOT_USER] : [];
  if (place.in === 'dm') {
    // Discord sends `channel_type` with MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    return messagePayload(content, {
      channel_id: STANDIN_IDS.dmChannel,
      channel_type: 1,
      mentions,
      author: options.author ?? HUMAN_USER,
    });
  }
  return messagePayload(content, {
    guild_id: STANDIN_IDS.guild,
    channel_type: 0,
    mentions,
    author: options.author ?? HUMAN_USER,
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
  });
}
