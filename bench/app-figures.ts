// Shared by the app bench's parts: medians, percentiles and the printed line (figure, target, machine load).
import { loadavg } from 'node:os';

export const median = (list: number[]): number => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const percentile = (list: number[], q: number): number =>
  [...list].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * list.length) - 1)];

/** The one-minute load average now, to print beside a figure measured now. */
export const loadNow = (): number => loadavg()[0];

/** Loads seen while a figure was measured, as "3.1" or "2.4–5.0". */
export function loadRange(loads: number[]): string {
  const low = Math.min(...loads);
  const high = Math.max(...loads);
  return high - low < 0.1 ? low.toFixed(1) : `${low.toFixed(1)}–${high.toFixed(1)}`;
}

/** The label column: wide enough for "Lighthouse /study/<pack> (HTTP/1.1) performance". */
const WIDTH = 58;

/**
 * One figure with its target, whether it is met, the machine load while it was measured and a note. A figure without
 * a target is shown for reading only, with no verdict.
 */
export function line(
  label: string,
  value: string,
  target: string,
  ok: boolean,
  load: string,
  note = ''
): void {
  console.log(
    `${label.padEnd(WIDTH)} ${value.padStart(10)}  ${target.padEnd(10)} ${(target ? (ok ? 'ok' : 'MISSED') : '').padEnd(7)} load ${load.padEnd(8)} ${note}`.trimEnd()
  );
}

export const header = (): void =>
  console.log(`${'figure'.padEnd(WIDTH)} ${'value'.padStart(10)}  ${'target'.padEnd(10)} ${''.padEnd(7)}`);
