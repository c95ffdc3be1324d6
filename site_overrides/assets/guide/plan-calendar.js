// A drawn plan as an iCalendar file: one weekly event per training day. UIDs depend only on the
// weekday, so importing a changed plan again updates those events instead of adding new ones.
const BYDAY = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" };

// RFC 5545 TEXT: backslash, semicolon and comma escaped; every line break (CRLF, LF or a bare CR) becomes \n.
const text = (value) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
const stamp = (date) => date.toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
const day = (date) => date.toISOString().slice(0, 10).replace(/-/g, "");

// Lines longer than 75 octets are folded onto continuation lines that start with a space.
function fold(line) {
  const bytes = new TextEncoder();
  const parts = [];
  let current = "";
  for (const char of line) {
    if (bytes.encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  return [...parts, current].join("\r\n ");
}

export function planCalendar(data, plan, { base, host, now = new Date(), title }) {
  const order = data.weekdays.map((d) => d.slug);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//${host}//plan picker//EN`, `X-WR-CALNAME:${text(title)}`];
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const todayIndex = (today.getUTCDay() + 6) % 7;
  for (const entry of plan.days) {
    if (!entry.types.some((t) => data.day_types[t].in_calendar)) continue;
    const start = new Date(today);
    start.setUTCDate(today.getUTCDate() + ((order.indexOf(entry.slug) - todayIndex + 7) % 7));
    const names = entry.types.map((t) => data.day_types[t].name).join(" + ");
    const details = entry.exercises.map((e) => `- ${e.name}: ${e.dose}, rest ${e.rest}. ${new URL(e.url, base).href}`);
    lines.push(
      "BEGIN:VEVENT",
      `UID:plan-${entry.slug}@${host}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${day(start)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[entry.slug]}`,
      `SUMMARY:${text(names)}`,
      ...(details.length ? [`DESCRIPTION:${text(details.join("\n"))}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
