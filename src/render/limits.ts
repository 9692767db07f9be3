/** Slack Block Kit limits (see PLATFORMS.md); the renderers stay within them for any content. */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  text: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** Slack fails somewhere around 11–13k characters of block text; we stay under this. */
  messageChars: 10_000,
} as const;

/** Discord message, embed and component limits (see PLATFORMS.md). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  label: 80,
  linkUrl: 512,
} as const;
