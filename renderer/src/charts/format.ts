/** Short, readable numbers for ticks and summaries: 3 significant digits, no exponent for usual ranges. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 0.001) return String(Number(value.toPrecision(3)));
  return value.toExponential(1);
}

/** Day ticks for a horizon: about 6-10 whole-number ticks. */
export function dayTicks(horizonDays: number): number[] {
  const steps = [0.25, 0.5, 1, 2, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365];
  const step = steps.find((s) => horizonDays / s <= 10) ?? 365;
  const ticks: number[] = [];
  for (let t = 0; t <= horizonDays + 1e-9; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

/** Powers of ten covering [floor, max] for a log axis. */
export function logTicks(floor: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(floor)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}

/** Smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= value * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/** Ticks from 0 to a nice top: 4 or 5 even steps. */
export function linearTicks(top: number): number[] {
  const power = 10 ** Math.floor(Math.log10(top));
  const m = Math.round(top / power);
  const step = (m === 1 ? 0.2 : m === 2 ? 0.5 : m === 5 ? 1 : m === 10 ? 2 : 0.5) * power;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
