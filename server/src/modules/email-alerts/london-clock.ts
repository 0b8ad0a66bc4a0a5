import { TZDate } from '@date-fns/tz';

/** Every time people choose (digest hour, quiet hours) is UK wall-clock time, whatever the server's zone. */
export const UK_ZONE = 'Europe/London';

export interface QuietHours {
  /** Hour of day (0–23) quiet hours begin. */
  start: number;
  /** Hour of day (0–23) they end; smaller than `start` when they run overnight. */
  end: number;
}

/** The UK hour of the day (0–23) and ISO weekday (1 Monday … 7 Sunday) at an instant. */
export function londonClock(at: Date): { hour: number; weekday: number; date: string } {
  const local = new TZDate(at.getTime(), UK_ZONE);
  const day = local.getDay();
  const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return { hour: local.getHours(), weekday: day === 0 ? 7 : day, date };
}

export function isQuiet(at: Date, quiet: QuietHours): boolean {
  const { hour } = londonClock(at);
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end;
}

/**
 * When an email that is due at `due` may leave: `due` itself, or, inside quiet hours, the next
 * time the UK clock reads the end hour. Built from UK calendar fields, so a night that is 23 or 25
 * hours long (the clocks changing) still ends at the chosen hour.
 */
export function releaseTime(due: Date, quiet: QuietHours | null): Date {
  if (!quiet || !isQuiet(due, quiet)) return due;
  const local = new TZDate(due.getTime(), UK_ZONE);
  for (let days = 0; days <= 1; days++) {
    const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, quiet.end, 0, 0, UK_ZONE);
    if (end.getTime() > due.getTime()) return new Date(end.getTime());
  }
  throw new Error('Quiet hours never end'); // unreachable: the end hour comes round within a day
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
