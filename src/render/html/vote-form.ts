import { html, type RawHtml } from './escape.js';
import { SITE_PATHS } from './paths.js';

/**
 * The *Helpful?* form for a term slug or a comparison key (`a~b`): a plain form post that works without
 * JavaScript; the site script sends it in the background and shows the answer.
 */
export function voteForm(key: string, root: string): RawHtml {
  return html`<section class="section vote" aria-labelledby="h-vote">
<h2 id="h-vote">Helpful?</h2>
<form method="post" action="${root}${SITE_PATHS.votes}" data-vote>
<input type="hidden" name="slug" value="${key}">
<button type="submit" name="vote" value="up"><span aria-hidden="true">👍</span> Helpful</button>
<button type="submit" name="vote" value="down"><span aria-hidden="true">👎</span> Not helpful</button>
</form>
<p class="vote-status" role="status" aria-live="polite"></p>
</section>`;
}
