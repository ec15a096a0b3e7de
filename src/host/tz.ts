// Local timezone facts from JS Date/Intl (works in Node and browsers; no `node:` imports).

/** Local timezone information from JS Date (works in Node and browsers). */
export function jsTzInfo(epochSeconds: number): { offset: number; name: string; isDst: boolean } {
  const d = new Date(epochSeconds * 1000);
  const offset = -d.getTimezoneOffset() * 60;
  const jan = -new Date(d.getFullYear(), 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(d.getFullYear(), 6, 1).getTimezoneOffset() * 60;
  const isDst = jan !== jul && offset === Math.max(jan, jul);
  let name = 'UTC';
  if (offset !== 0 || jan !== jul) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    } catch {
      name = 'UTC';
    }
  }
  return { offset, name, isDst };
}
