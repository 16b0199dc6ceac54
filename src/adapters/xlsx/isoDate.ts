/**
 * A date cell as ISO 8601 text (`<c t="d"><v>2024-01-02T00:00:00Z</v></c>`,
 * ECMA-376 Part 1 §18.18.11; written by some libraries, never by Excel, which
 * writes the serial number) to the serial number Excel keeps for it: days
 * since 30 December 1899 (1 January 1904 in the 1904 date system), the time
 * of day as the fraction. The time is read as written (Excel keeps wall-clock
 * time, no time zone).
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Serial 25569 is 1 January 1970 in the 1900 system; the 1904 system counts 1462 days less. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

function fraction(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): number {
  return (Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) / 86400;
}

/** The serial number of an ISO 8601 date or time; null when `text` is none. */
export function isoDateSerial(text: string, date1904 = false): number | null {
  const trimmed = text.trim();
  const time = TIME.exec(trimmed);
  if (time !== null) return fraction(time[1], time[2], time[3]);
  const m = DATE_TIME.exec(trimmed);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  let serial = utc / 86400000 + UNIX_EPOCH_SERIAL + fraction(m[4], m[5], m[6]);
  // Excel counts a 29 February 1900 that never was: its serials of the first two months of 1900 are one less.
  if (serial < 61) serial -= 1;
  return date1904 ? serial - DAYS_1904 : serial;
}
