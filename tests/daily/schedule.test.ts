import { describe, expect, it } from 'vitest';
import { addDays, dailyDueState, isLocalDate, localDate, scheduledRunOn } from '../../src/daily/schedule.js';

const weekdays9 = (timeZone: string) => ({ cron: '0 9 * * 1-5', timeZone });

describe('localDate', () => {
  it('GIVEN an instant near midnight THEN the date is the one in the schedule zone', () => {
    const at = new Date('2025-03-10T03:30:00Z');
    expect(localDate(at, 'UTC')).toBe('2025-03-10');
    expect(localDate(at, 'America/New_York')).toBe('2025-03-09');
    expect(localDate(new Date('2025-03-10T23:30:00Z'), 'Asia/Tokyo')).toBe('2025-03-11');
  });

  it('GIVEN dates THEN only real calendar dates are accepted and days add across months', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-3-1')).toBe(false);
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });
});

describe('scheduledRunOn', () => {
  it('GIVEN New York around the spring-forward Sunday THEN 09:00 local moves from 14:00 to 13:00 UTC', () => {
    const settings = { cron: '0 9 * * *', timeZone: 'America/New_York' };
    expect(scheduledRunOn(settings, '2025-03-08')?.toISOString()).toBe('2025-03-08T14:00:00.000Z');
    expect(scheduledRunOn(settings, '2025-03-09')?.toISOString()).toBe('2025-03-09T13:00:00.000Z');
    expect(scheduledRunOn(settings, '2025-03-10')?.toISOString()).toBe('2025-03-10T13:00:00.000Z');
  });

  it('GIVEN Berlin on the fall-back Sunday THEN 09:00 local is 08:00 UTC that day (was 07:00 the day before)', () => {
    const settings = { cron: '0 9 * * *', timeZone: 'Europe/Berlin' };
    expect(scheduledRunOn(settings, '2025-10-25')?.toISOString()).toBe('2025-10-25T07:00:00.000Z');
    expect(scheduledRunOn(settings, '2025-10-26')?.toISOString()).toBe('2025-10-26T08:00:00.000Z');
  });

  it('GIVEN a 02:30 schedule on days whose 02:30 is skipped or doubled THEN it still runs exactly once that day', () => {
    const ny = { cron: '30 2 * * *', timeZone: 'America/New_York' };
    const spring = scheduledRunOn(ny, '2025-03-09');
    expect(spring && localDate(spring, ny.timeZone)).toBe('2025-03-09');
    expect(scheduledRunOn({ ...ny, timeZone: 'Europe/Berlin' }, '2025-03-30')).toBeDefined();
    const fall = { cron: '30 1 * * *', timeZone: 'America/New_York' };
    expect(scheduledRunOn(fall, '2025-11-02')?.toISOString()).toBe('2025-11-02T05:30:00.000Z');
  });

  it('GIVEN the weekday default THEN Saturday and Sunday have no run', () => {
    expect(scheduledRunOn(weekdays9('UTC'), '2025-03-08')).toBeUndefined();
    expect(scheduledRunOn(weekdays9('UTC'), '2025-03-09')).toBeUndefined();
    expect(scheduledRunOn(weekdays9('UTC'), '2025-03-10')?.toISOString()).toBe('2025-03-10T09:00:00.000Z');
  });

  it('GIVEN a zone far ahead of UTC THEN the run is on that local day, the previous UTC day', () => {
    expect(scheduledRunOn(weekdays9('Pacific/Auckland'), '2025-03-10')?.toISOString()).toBe('2025-03-09T20:00:00.000Z');
  });
});

describe('dailyDueState', () => {
  it('GIVEN a time before, at and after the scheduled minute THEN it is due from that minute on, same day', () => {
    const s = weekdays9('America/New_York');
    expect(dailyDueState(s, new Date('2025-03-10T12:59:59Z')).due).toBe(false);
    expect(dailyDueState(s, new Date('2025-03-10T13:00:00Z'))).toMatchObject({ localDate: '2025-03-10', due: true });
    expect(dailyDueState(s, new Date('2025-03-11T03:59:00Z'))).toMatchObject({ localDate: '2025-03-10', due: true });
    expect(dailyDueState(s, new Date('2025-03-11T04:00:00Z'))).toMatchObject({ localDate: '2025-03-11', due: false });
  });

  it('GIVEN a Saturday THEN nothing is due all day', () => {
    expect(dailyDueState(weekdays9('UTC'), new Date('2025-03-08T23:00:00Z'))).toEqual({
      localDate: '2025-03-08',
      due: false,
    });
  });
});
