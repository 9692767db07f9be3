import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Glossary } from './glossary/glossary.js';
import type { GlossaryStatus } from './glossary/watch.js';

/** What `/healthz` answers: the process is up, the store can be written, a glossary is loaded. */
export interface HealthReport {
  ok: boolean;
  uptimeSeconds: number;
  store: { ok: boolean; problem?: string };
  glossary: {
    ok: boolean;
    terms: number;
    /** sha256 of the term files being served. */
    contentHash: string;
    loadedAt: string;
    /** An edit on disk that failed validation (the last good glossary is served meanwhile). */
    rejectedEdit?: { at: string; problems: number };
  };
}

export interface HealthSources {
  glossary: () => Glossary;
  glossaryStatus: () => GlossaryStatus;
  /** DATABASE_PATH (`:memory:` needs no check). */
  storePath: string;
  /** False once the store has been closed. */
  storeOpen: () => boolean;
  /** The store's own check (file replaced, lock held too long, server unreachable); replaces the file check. */
  storeCheck?: () => Promise<{ ok: boolean; problem?: string }>;
  startedAt: Date;
  now?: () => Date;
}

/** Checks what the bot needs to answer; never throws. */
export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const now = sources.now?.() ?? new Date();
  const glossary = sources.glossary();
  const status = sources.glossaryStatus();
  const store = !sources.storeOpen()
    ? { ok: false, problem: 'closed' }
    : await (sources.storeCheck?.() ?? checkWritable(sources.storePath)).catch(() => ({ ok: false, problem: 'error' }));
  const loaded = glossary.size > 0;
  return {
    ok: store.ok && loaded,
    uptimeSeconds: Math.round((now.getTime() - sources.startedAt.getTime()) / 1000),
    store,
    glossary: {
      ok: loaded,
      terms: glossary.size,
      contentHash: glossary.contentHash,
      loadedAt: status.loadedAt.toISOString(),
      ...(status.rejected
        ? { rejectedEdit: { at: status.rejected.at.toISOString(), problems: status.rejected.problems } }
        : {}),
    },
  };
}

/**
 * Whether SQLite can write the database: the file, and its folder (for the `-wal` and `-shm` files).
 * Reports only the error code, as the health endpoint may be reachable from outside.
 */
async function checkWritable(path: string): Promise<HealthReport['store']> {
  if (path === ':memory:') return { ok: true };
  try {
    await access(path, constants.W_OK);
    await access(dirname(path), constants.W_OK);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException).code ?? 'not writable' };
  }
}
