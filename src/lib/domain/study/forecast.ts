/**
 * When reviews fall due: counts for today, tomorrow and the week ahead, and one count per day for a small chart.
 * Days are the learner's local calendar days (an explicit UTC offset, as in progress.ts).
 */
import { dayLabel, localDay } from './progress';

export interface ForecastDay {
  /** `YYYY-MM-DD`, local. */
  day: string;
  /** Reviews due that day; today's count includes everything overdue. */
  count: number;
}

export interface Forecast {
  /** Due right now (what the review queue holds). */
  now: number;
  /** Due by the end of today, overdue included. */
  today: number;
  tomorrow: number;
  /** Due within the next 7 days, today included. */
  week: number;
  /** Today and the 6 days after it. */
  days: ForecastDay[];
  /** The first due time after `now`, or null when nothing more is scheduled. */
  nextAt: number | null;
}

export function dueForecast(
  cards: readonly { due: number }[],
  now: Date,
  utcOffsetMinutes: number
): Forecast {
  const t = now.getTime();
  const today = localDay(t, utcOffsetMinutes);
  const counts = Array.from({ length: 7 }, () => 0);
  let dueNow = 0;
  let nextAt: number | null = null;
  for (const card of cards) {
    if (card.due <= t) dueNow++;
    else nextAt = Math.min(nextAt ?? Infinity, card.due);
    const i = Math.max(0, localDay(card.due, utcOffsetMinutes) - today);
    if (i < counts.length) counts[i]++;
  }
  return {
    now: dueNow,
    today: counts[0],
    tomorrow: counts[1],
    week: counts.reduce((a, b) => a + b, 0),
    days: counts.map((count, i) => ({ day: dayLabel(today + i), count })),
    nextAt
  };
}
