/**
 * Benchmark (not a test): ack latency of `/define` on loopback, against Bolt's own floor.
 * 500 signed slash commands at concurrency 20 to the real Slack adapter (HTTP mode, answering through a
 * stand-in's response_url), and the same to a bare Bolt app that acks and answers a fixed message.
 * Each app, and the stand-in they both answer through, runs in its own process, so neither the load
 * generator nor the stand-in shares the apps' event loop. Run: `npm run bench:slack`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createSlackSender } from '../tests/helpers/slack-standin.js';
import { BENCH_SECRET, type ServedApp } from './slack-ack-server.js';

const REQUESTS = 500;
const CONCURRENCY = 20;
const WARMUP = 100;
const BATCH = 100;
/** Requests sent to a freshly started bot right after it reports ready (the probe saw p99 0.9 s here). */
const COLD_REQUESTS = 2_000;
const QUERIES = ['rlhf', 'kv cache', 'what is a transformer?', 'help', 'random', 'pre-trainnig', 'llm examples'];

interface Target extends ServedApp {
  name: string;
  responsePath: string;
  child: ChildProcess;
  sent: number;
}

async function main(): Promise<void> {
  const standIn = await serve('standin', 'stand-in', '');
  const floor = await serve('bare', 'bare Bolt (fixed reply)', standIn.standInUrl);
  const ours = await serve('ours', 'glossary /define', standIn.standInUrl);
  try {
    await run(floor, WARMUP);
    await run(ours, WARMUP);
    const samples = new Map<Target, number[]>([
      [floor, []],
      [ours, []],
    ]);
    // Alternate batches so both apps see the same machine state (other processes, GC, JIT).
    for (let done = 0; done < REQUESTS; done += BATCH) {
      for (const target of [floor, ours]) samples.get(target)?.push(...(await run(target, BATCH)));
    }
    const f = summarize(samples.get(floor) ?? []);
    const o = summarize(samples.get(ours) ?? []);
    console.log(`Slack ack latency: ${REQUESTS} signed /define requests per app, concurrency ${CONCURRENCY}, loopback`);
    console.log(`node ${process.version}; glossary: ${ours.terms} terms`);
    for (const [name, s] of [
      [floor.name, f],
      [ours.name, o],
    ] as const) {
      console.log(`  ${name.padEnd(24)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  mean ${ms(s.mean)}`);
    }
    const p50 = o.p50 / f.p50;
    const p99 = o.p99 / f.p99;
    const verdict = p50 <= 1.5 && p99 <= 1.5 ? 'within' : 'NOT within';
    console.log(
      `  ratio ours/floor         p50 ${p50.toFixed(2)}×  p99 ${p99.toFixed(2)}×  (${verdict} the 1.5× target)`,
    );
    await measureColdStarts(standIn.standInUrl);
  } finally {
    for (const target of [floor, ours, standIn]) target.child.kill();
  }
}

/**
 * The first requests after a start: the whole bot (startBot) in a fresh process, COLD_REQUESTS signed
 * commands sent the moment it says it is ready, with and without the warm-up, alternating twice each.
 */
async function measureColdStarts(standInUrl: string): Promise<void> {
  console.log(`\nFirst ${COLD_REQUESTS} requests after start (whole bot, fresh process, concurrency ${CONCURRENCY}):`);
  for (const round of [1, 2]) {
    for (const [which, label] of [
      ['bot-cold', 'without warm-up'],
      ['bot', 'with warm-up (default)'],
    ] as const) {
      const bot = await serve(which, label, standInUrl);
      try {
        const started = performance.now();
        const latencies = await run(bot, COLD_REQUESTS);
        const seconds = (performance.now() - started) / 1000;
        const s = summarize(latencies);
        const first = summarize(latencies.slice(0, 100));
        const max = Math.max(...latencies);
        const over3s = latencies.filter((l) => l > 3_000).length;
        console.log(
          `  #${round} ${label.padEnd(23)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(max)}  first 100 p99 ${ms(first.p99)}  over 3 s: ${over3s}  (${seconds.toFixed(1)} s)`,
        );
      } finally {
        bot.child.kill();
      }
    }
  }
}

/** Starts one app (with its stand-in) in a child process and reads its ports. */
async function serve(
  which: 'ours' | 'bare' | 'standin' | 'bot' | 'bot-cold',
  name: string,
  standInUrl: string,
): Promise<Target> {
  const server = fileURLToPath(new URL('./slack-ack-server.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF === which ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      '--import',
      'tsx',
      server,
      which,
      standInUrl,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    if (line.startsWith('{')) return { ...(JSON.parse(line) as ServedApp), name, responsePath: which, child, sent: 0 };
  }
  throw new Error(`${name} did not start`);
}

/** Sends `count` signed commands at CONCURRENCY; waits until every answer reached the app's stand-in. */
async function run(target: Target, count: number): Promise<number[]> {
  const send = createSlackSender(target.eventsUrl, BENCH_SECRET);
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const fields = commandFields(QUERIES[i % QUERIES.length] ?? 'rlhf', target.responseUrl);
      const started = performance.now();
      const res = await send.command(fields);
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  target.sent += count;
  await waitForAnswers(target);
  return latencies;
}

async function waitForAnswers(target: Target): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${target.standInUrl}/_count?method=response_url&path=${target.responsePath}`);
    const { count } = (await res.json()) as { count: number };
    if (count >= target.sent) return;
    if (Date.now() > deadline) throw new Error(`${target.name}: only ${count} of ${target.sent} answers arrived`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function commandFields(text: string, responseUrl: string): Record<string, string> {
  return {
    team_id: 'T0TEAM',
    channel_id: 'C0BENCH',
    user_id: 'U0BENCH',
    command: '/define',
    text,
    response_url: responseUrl,
    trigger_id: '1.2.3',
    api_app_id: 'A0APP',
  };
}

function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

function ms(value: number): string {
  return `${value.toFixed(2).padStart(7)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
