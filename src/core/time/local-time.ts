const two = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as a person reads it, on the clock of the machine showing it: `30/11/2026 05:50`.
 * Times are stored in UTC (ISO 8601); a seal made at 22:50 UTC is shown as the next morning in
 * Hà Nội, in the task pane and on the command line alike. Both languages write day/month/year
 * (as Vietnam and British English do) and a 24-hour clock. `offsetMinutes` (east of UTC) is the
 * local clock's unless given. Text that is not a time is shown as it is, never "NaN".
 */
export function formatLocalTime(moment: string | Date, offsetMinutes?: number): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  const local = new Date(date.getTime() + (offsetMinutes ?? -date.getTimezoneOffset()) * 60_000);
  const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return `${day} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
