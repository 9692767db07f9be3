import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitOnSignals, type StopStep, stopInStages } from '../../adapters/runtime/shutdown.js';

function captureLogs() {
  const lines: string[] = [];
  const at = (level: string) => (fields: unknown, message?: string) =>
    void lines.push(`${level} ${message ?? ''} ${JSON.stringify(fields)}`);
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

/** A step that records when it starts and ends, and ends only when `finish()` is called. */
function slowStep(name: string, events: string[]) {
  let finish: () => void = () => {};
  const step: StopStep = {
    name,
    stop: () =>
      new Promise<void>((resolve) => {
        events.push(`${name} started`);
        finish = () => {
          events.push(`${name} done`);
          resolve();
        };
      }),
  };
  return { step, finish: () => finish() };
}

const quickStep = (name: string, events: string[]): StopStep => ({ name, stop: () => void events.push(name) });

describe('stopInStages', () => {
  it('GIVEN work in flight THEN servers and the store are closed only after it finished', async () => {
    const events: string[] = [];
    const logs = captureLogs();
    const work = slowStep('slack', events);
    const result = stopInStages(
      [[work.step, quickStep('scheduler', events)], [quickStep('health server', events)], [quickStep('store', events)]],
      {
        logger: logs.logger,
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['slack started', 'scheduler']);
    work.finish();
    await expect(result).resolves.toBe(true);
    expect(events).toEqual(['slack started', 'scheduler', 'slack done', 'health server', 'store']);
  });

  it('GIVEN work that never finishes THEN it gives up after the bound, still closes the store, and says so', async () => {
    const events: string[] = [];
    const logs = captureLogs();
    const stuck = slowStep('discord', events);
    const clean = await stopInStages([[stuck.step], [quickStep('store', events)]], {
      logger: logs.logger,
      timeoutMs: 30,
    });
    expect(clean).toBe(false);
    expect(events).toEqual(['discord started', 'store']);
    expect(logs.lines.some((l) => l.startsWith('error Gave up waiting') && l.includes('discord'))).toBe(true);
  });

  it('GIVEN a step that fails THEN the others still stop and the result is not clean', async () => {
    const events: string[] = [];
    const logs = captureLogs();
    const failing: StopStep = {
      name: 'slack',
      stop: () => Promise.reject(new Error('socket already closed')),
    };
    const clean = await stopInStages([[failing, quickStep('discord', events)], [quickStep('store', events)]], {
      logger: logs.logger,
    });
    expect(clean).toBe(false);
    expect(events).toEqual(['discord', 'store']);
    expect(logs.lines.some((l) => l.includes('socket already closed'))).toBe(true);
  });
});

describe('exitOnSignals', () => {
  it('GIVEN SIGTERM THEN it stops and exits 0 after a clean stop', async () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    const reasons: string[] = [];
    exitOnSignals(
      async (reason) => {
        reasons.push(reason);
        return true;
      },
      { logger: captureLogs().logger, exit: (code) => void exits.push(code), source },
    );
    source.emit('SIGTERM', 'SIGTERM');
    await new Promise((resolve) => setImmediate(resolve));
    expect(reasons).toEqual(['SIGTERM']);
    expect(exits).toEqual([0]);
  });

  it('GIVEN a stop that was not clean THEN it exits 1', async () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    exitOnSignals(async () => false, { logger: captureLogs().logger, exit: (code) => void exits.push(code), source });
    source.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([1]);
  });

  it('GIVEN a second signal while stopping THEN it exits at once with 1', () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    const stops: string[] = [];
    exitOnSignals(
      (reason) => {
        stops.push(reason);
        return new Promise<boolean>(() => {});
      },
      { logger: captureLogs().logger, exit: (code) => void exits.push(code), source },
    );
    source.emit('SIGINT', 'SIGINT');
    source.emit('SIGINT', 'SIGINT');
    expect(stops).toEqual(['SIGINT']);
    expect(exits).toEqual([1]);
  });
});
