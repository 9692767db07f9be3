import type { Config } from '../src/config.js';
import type { DailyPoster } from '../src/daily/poster.js';

/**
 * The posters `glossary daily --once` uses to publish the term of the day, one per platform whose
 * credentials are configured. Each platform adapter adds its own poster here when its credentials are set.
 */
export async function createPosters(config: Config): Promise<DailyPoster[]> {
  const posters: DailyPoster[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackPosterFromConfig } = await import('./slack/daily-poster.js');
    posters.push(createSlackPosterFromConfig(config));
  }
  if (config.DISCORD_TOKEN) {
    const { createDiscordPoster } = await import('./discord/daily-poster.js');
    posters.push(
      createDiscordPoster({
        token: config.DISCORD_TOKEN,
        apiUrl: config.DISCORD_API_URL,
        publicUrl: config.PUBLIC_URL,
      }),
    );
  }
  return posters;
}
