/**
 * "Today" for date rules (reviewed not in the future, staleness). CONTENT_TODAY=YYYY-MM-DD pins it,
 * so tests and reports with fixed dates are repeatable; otherwise the date in Germany.
 */
// Made on first use: creating it loads time-zone data (~30 ms), which a worker given the day never needs.
let berlinDate: Intl.DateTimeFormat | undefined;

let override: string | undefined;

/** Runs `fn` with "today" pinned (loadContent's `today` option); restores it afterwards. */
export function withToday<T>(day: string | undefined, fn: () => T): T {
  const previous = override;
  override = day;
  try {
    return fn();
  } finally {
    override = previous;
  }
}

export function today(): string {
  if (override) return override;
  const pinned = process.env.CONTENT_TODAY;
  if (pinned && !contentTodayProblem(pinned)) return pinned;
  berlinDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' });
  return berlinDate.format(new Date());
}

export function currentYear(): number {
  return Number(today().slice(0, 4));
}

/** The ISO date twelve months before `day` (the staleness line). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, d));
  return date.toISOString().slice(0, 10);
}

/**
 * Why `value` cannot pin "today" (German, for the command line), or undefined when it is unset,
 * empty or a real date written YYYY-MM-DD. "2026-13-45" rolled over into another year and
 * "20261201" was ignored silently (outside tester, session 19); the scripts refuse such a value
 * with exit 2 (scripts/cli.ts).
 */
export function contentTodayProblem(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (date && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return undefined;
  return `CONTENT_TODAY=${value}: erwartet wird ein Datum als JJJJ-MM-TT, z. B. CONTENT_TODAY=2026-11-30 (oder die Variable weglassen: dann gilt das heutige Datum).`;
}
