// A drawn block as an iCalendar file: one all-day event per strength session. A UID names the session's date, so
// importing the block again after a reload, a rebuild or a changed choice updates those events instead of adding more.
const text = (value) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
const stamp = (date) => date.toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
const compact = (iso) => iso.replace(/-/g, "");

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

// note: a line put first in every event's description (the draft warning while the guide has no real address).
export function planCalendar(data, block, { base, host, now = new Date(), title, note = "" }) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//${host}//plan picker//EN`, `X-WR-CALNAME:${text(title)}`];
  for (const week of block.weeks) {
    const stage = data.season.stages.find((s) => s.slug === week.stage);
    const effort = `${week.effort.min}-${week.effort.max} ${data.season.effort.name.toLowerCase()}`;
    for (const day of week.days) {
      if (!day.strength) continue;
      const names = day.types.map((t) => data.day_types[t].name).join(" + ");
      const details = [
        ...(note ? [note] : []),
        `${stage.name}${week.deload ? ", deload week" : ""}; effort ${effort}.`,
        ...day.exercises.map((e) => `- ${e.name}: ${e.dose}, rest ${e.rest}. ${new URL(e.url, base).href}`),
      ];
      const next = new Date(`${day.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(
        "BEGIN:VEVENT",
        `UID:strength-${day.date}@${host}`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART;VALUE=DATE:${compact(day.date)}`,
        `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
        `SUMMARY:${text(`${names} (week ${week.index + 1})`)}`,
        `DESCRIPTION:${text(details.join("\n"))}`,
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
