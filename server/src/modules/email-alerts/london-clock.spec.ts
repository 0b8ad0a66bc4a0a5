import { isQuiet, londonClock, releaseTime } from './london-clock';

const at = (iso: string) => new Date(iso);

describe('londonClock', () => {
  it('reads UK time in winter (GMT) and summer (BST)', () => {
    expect(londonClock(at('2026-01-15T07:30:00Z'))).toEqual({ hour: 7, weekday: 4, date: '2026-01-15' });
    expect(londonClock(at('2026-07-15T06:30:00Z'))).toEqual({ hour: 7, weekday: 3, date: '2026-07-15' });
  });

  it('names the UK date and weekday, not UTC’s, just after midnight in summer', () => {
    // 23:30 UTC on Sunday 5 July is 00:30 on Monday 6 July in London.
    expect(londonClock(at('2026-07-05T23:30:00Z'))).toEqual({ hour: 0, weekday: 1, date: '2026-07-06' });
  });
});

describe('quiet hours', () => {
  const overnight = { start: 21, end: 7 };

  it('knows overnight and daytime ranges', () => {
    expect(isQuiet(at('2026-01-15T22:00:00Z'), overnight)).toBe(true);
    expect(isQuiet(at('2026-01-15T06:59:00Z'), overnight)).toBe(true);
    expect(isQuiet(at('2026-01-15T07:00:00Z'), overnight)).toBe(false);
    expect(isQuiet(at('2026-01-15T13:00:00Z'), { start: 12, end: 14 })).toBe(true);
    expect(isQuiet(at('2026-01-15T14:00:00Z'), { start: 12, end: 14 })).toBe(false);
  });

  it('leaves a message outside quiet hours, or with none, as it is', () => {
    const due = at('2026-01-15T10:00:00Z');
    expect(releaseTime(due, overnight)).toEqual(due);
    expect(releaseTime(due, null)).toEqual(due);
  });

  it('holds a late-evening message until 07:00 UK time the next morning', () => {
    expect(releaseTime(at('2026-01-15T22:15:00Z'), overnight)).toEqual(at('2026-01-16T07:00:00Z'));
    expect(releaseTime(at('2026-07-15T21:15:00Z'), overnight)).toEqual(at('2026-07-16T06:00:00Z'));
  });

  it('holds an early-morning message until 07:00 the same UK day', () => {
    expect(releaseTime(at('2026-01-16T03:00:00Z'), overnight)).toEqual(at('2026-01-16T07:00:00Z'));
  });

  it('ends at 07:00 UK time across the spring change (the night is an hour shorter)', () => {
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026: 07:00 BST is 06:00 UTC.
    expect(releaseTime(at('2026-03-28T22:00:00Z'), overnight)).toEqual(at('2026-03-29T06:00:00Z'));
    expect(releaseTime(at('2026-03-29T00:30:00Z'), overnight)).toEqual(at('2026-03-29T06:00:00Z'));
  });

  it('ends at 07:00 UK time across the autumn change (the night is an hour longer)', () => {
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026: 07:00 GMT is 07:00 UTC.
    expect(releaseTime(at('2026-10-24T21:00:00Z'), overnight)).toEqual(at('2026-10-25T07:00:00Z'));
    expect(releaseTime(at('2026-10-25T00:30:00Z'), overnight)).toEqual(at('2026-10-25T07:00:00Z'));
  });

  it('reads the digest hour on the UK clock either side of a change', () => {
    expect(londonClock(at('2026-03-28T07:00:00Z')).hour).toBe(7);
    expect(londonClock(at('2026-03-30T06:00:00Z')).hour).toBe(7);
  });
});
