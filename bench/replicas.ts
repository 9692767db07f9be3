/**
 * Benchmark (not a test): several machines as one. Signed `/define` commands at concurrency 50 against
 * (a) one replica on SQLite and (b) three replicas on one PostgreSQL database (spread round-robin, as a load
 * balancer would), in the same run, alternating batches. Reports ack p50/p99 and throughput, then the daily
 * claim race: three replicas started together, each catching up the same channels, must post each once.
 * Needs PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
 * each run uses a fresh schema, dropped afterwards. Run: `npm run bench:replicas`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createSlackSender } from '../tests/helpers/slack-standin.js';
import { createPostgresSchema } from '../tests/helpers/test-databases.js';
import { freePort, waitForStatus } from '../tests/runtime/bot-process.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const CONCURRENCY = 50;
const WARMUP = 300;
const BATCH = 500;
const DAILY_CHANNELS = 30;
const SECRET = 'bench-signing-secret';
const QUERIES = ['rlhf', 'kv cache', 'what is a transformer?', 'help', 'random', 'pre-trainnig', 'llm examples'];

interface Replica {
  child: ChildProcess;
  eventsUrl: string;
}

interface Setup {
  name: string;
  replicas: Replica[];
  path: string;
  sent: number;
  /** Requests that are lookups (`help` and `random` are not), each recorded once. */
  lookups: number;
}

async function main(): Promise<void> {
  const url =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const standIn = await startStandIn();
  const database = await createPostgresSchema(url);
  // BENCH_DISK: where the SQLite files go (e.g. /dev/shm to take fsync out of the picture).
  const disk = mkdtempSync(path.join(process.env.BENCH_DISK ?? tmpdir(), 'glossary-bench-'));
  const channels = Array.from({ length: DAILY_CHANNELS }, (_, i) => `C0DAILY${i}`);
  const base = {
    TERMS_DIR: 'terms',
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${standIn.url}/api/`,
    LOG_LEVEL: 'warn',
  };
  const children: ChildProcess[] = [standIn.child];
  try {
    const sqlite: Setup = {
      name: '1 replica, SQLite',
      path: 'sqlite',
      sent: 0,
      lookups: 0,
      replicas: [await startReplica({ ...base, DATABASE_PATH: path.join(disk, 'one.db') })],
    };
    // The three PostgreSQL replicas start together and race for today's posts in every channel.
    const raceStart = performance.now();
    const pgEnv = {
      ...base,
      DATABASE_URL: database.target,
      DAILY_SLACK_CHANNELS: channels.join(','),
      DAILY_CRON: '0 0 * * *',
    };
    const postgres: Setup = {
      name: '3 replicas, PostgreSQL',
      path: 'postgres',
      sent: 0,
      lookups: 0,
      replicas: await Promise.all(
        [0, 1, 2].map((i) => startReplica({ ...pgEnv, DATABASE_PATH: path.join(disk, `r${i}.db`) })),
      ),
    };
    children.push(...[sqlite, postgres].flatMap((s) => s.replicas.map((r) => r.child)));
    const posts = await waitForCount(standIn.url, 'chat.postMessage', DAILY_CHANNELS);
    const raceMs = performance.now() - raceStart;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const postsAfter = await count(standIn.url, 'chat.postMessage');

    for (const setup of [sqlite, postgres]) await run(setup, standIn.url, WARMUP);
    const samples = new Map<Setup, { latencies: number[]; ms: number }>([
      [sqlite, { latencies: [], ms: 0 }],
      [postgres, { latencies: [], ms: 0 }],
    ]);
    for (let done = 0; done < REQUESTS; done += BATCH) {
      for (const setup of [sqlite, postgres]) {
        const started = performance.now();
        const latencies = await run(setup, standIn.url, BATCH);
        const sample = samples.get(setup);
        sample?.latencies.push(...latencies);
        if (sample) sample.ms += performance.now() - started;
      }
    }
    const expected = postgres.lookups;
    const lookups = await waitForLookups(database, expected);

    console.log(`Replicas: ${REQUESTS} signed /define per setup, concurrency ${CONCURRENCY}, loopback Slack stand-in`);
    console.log(`node ${process.version}; ${process.env.BENCH_NOTE ?? ''}`);
    for (const setup of [sqlite, postgres]) {
      const sample = samples.get(setup) ?? { latencies: [], ms: 1 };
      const s = summarize(sample.latencies);
      const rate = (sample.latencies.length / sample.ms) * 1000;
      console.log(
        `  ${setup.name.padEnd(24)} ack p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  ${rate.toFixed(0).padStart(5)} req/s (answered)`,
      );
    }
    console.log(`  shared stats: ${lookups} of ${expected} lookups sent to the 3 replicas are in PostgreSQL`);
    console.log(
      `Daily claim race: 3 replicas started together, ${DAILY_CHANNELS} channels due: ${posts} posts in ${(raceMs / 1000).toFixed(1)} s ` +
        `(start included), ${postsAfter} after 2 s more — ${postsAfter === DAILY_CHANNELS ? 'exactly one per channel' : 'DUPLICATES'}`,
    );
  } finally {
    for (const child of children) child.kill();
    await database.cleanup();
    rmSync(disk, { recursive: true, force: true });
  }
}

/** The Slack stand-in in its own process (slack-ack-server.ts `standin`). */
async function startStandIn(): Promise<{ child: ChildProcess; url: string }> {
  const server = fileURLToPath(new URL('./slack-ack-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', server, 'standin', ''], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    if (line.startsWith('{')) return { child, url: (JSON.parse(line) as { standInUrl: string }).standInUrl };
  }
  throw new Error('the stand-in did not start');
}

/** One bot process, as `npm start` runs it (through tsx, so no build is needed). */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200, 90_000);
  return { child, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

/** Sends `total` signed commands at CONCURRENCY, round-robin over the replicas; waits for every answer. */
async function run(setup: Setup, standInUrl: string, total: number): Promise<number[]> {
  const senders = setup.replicas.map((r) => createSlackSender(r.eventsUrl, SECRET));
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const send = senders[i % senders.length];
      if (!send) throw new Error('no replica');
      const started = performance.now();
      const res = await send.command({
        team_id: 'T0TEAM',
        channel_id: 'C0BENCH',
        user_id: 'U0BENCH',
        command: '/define',
        text: QUERIES[i % QUERIES.length] ?? 'rlhf',
        response_url: `${standInUrl}/respond/${setup.path}`,
        trigger_id: '1.2.3',
        api_app_id: 'A0APP',
      });
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${setup.name}: HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  setup.sent += total;
  for (let i = 0; i < total; i++) if (!['help', 'random'].includes(QUERIES[i % QUERIES.length] ?? '')) setup.lookups++;
  await waitForCount(standInUrl, 'response_url', setup.sent, setup.path);
  return latencies;
}

async function count(standInUrl: string, method: string, pathName?: string): Promise<number> {
  const query = `method=${method}${pathName ? `&path=${pathName}` : ''}`;
  return ((await (await fetch(`${standInUrl}/_count?${query}`)).json()) as { count: number }).count;
}

async function waitForCount(standInUrl: string, method: string, wanted: number, pathName?: string): Promise<number> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const seen = await count(standInUrl, method, pathName);
    if (seen >= wanted || Date.now() > deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForLookups(database: { rows(sql: string): Promise<Record<string, unknown>[]> }, wanted: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const n = Number((await database.rows('SELECT count(*) AS n FROM lookups'))[0]?.n ?? 0);
    if (n >= wanted || Date.now() > deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

function ms(value: number): string {
  return `${value.toFixed(2).padStart(7)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
