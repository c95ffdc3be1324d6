// One exercise's progress as an SVG drawn in the page: the heaviest load of each session as a solid line on the
// left scale, the reps done in it as a dashed line on the right. The table beside it carries the same figures.
const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 34, right: 34, top: 12, bottom: 26 };

function svg(tag, attributes = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== null) element.textContent = text;
  return element;
}

function scale(values) {
  const top = Math.max(1, ...values);
  const low = Math.min(top, ...values);
  const floor = low === top ? 0 : Math.max(0, low - (top - low) * 0.2);
  return { low: floor, high: top, at: (v) => PAD.top + (1 - (v - floor) / (top - floor || 1)) * (HEIGHT - PAD.top - PAD.bottom) };
}

// points: [{ date, load (kg or null), reps }]; returns the <svg>, labelled by `labelId`.
export function progressChart(points, { unit, labelId }) {
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "pcg-chart", role: "img", "aria-labelledby": labelId });
  const x = (i) => PAD.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const loads = points.filter((p) => p.load !== null);
  const load = scale(loads.map((p) => p.load));
  const reps = scale(points.map((p) => p.reps));
  chart.append(svg("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom, class: "pcg-chart__axis" }));
  const line = (series, y, className) => {
    const coords = series.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    chart.append(svg("polyline", { points: coords.join(" "), class: className, fill: "none" }));
    for (const c of coords) {
      const [cx, cy] = c.split(",");
      chart.append(svg("circle", { cx, cy, r: 3, class: `${className} pcg-chart__dot` }));
    }
  };
  if (loads.length) {
    line(points.map((p, i) => [i, p.load]).filter(([, v]) => v !== null), load.at, "pcg-chart__load");
    chart.append(svg("text", { x: PAD.left - 4, y: load.at(load.high) + 4, "text-anchor": "end", class: "pcg-chart__label" }, `${load.high}`));
    chart.append(svg("text", { x: PAD.left - 4, y: HEIGHT - PAD.bottom, "text-anchor": "end", class: "pcg-chart__label" }, "kg"));
  }
  line(points.map((p, i) => [i, p.reps]), reps.at, "pcg-chart__reps");
  chart.append(svg("text", { x: WIDTH - PAD.right + 4, y: reps.at(reps.high) + 4, class: "pcg-chart__label" }, `${reps.high}`));
  chart.append(svg("text", { x: WIDTH - PAD.right + 4, y: HEIGHT - PAD.bottom, class: "pcg-chart__label" }, unit === "reps" ? "reps" : unit.slice(0, 4)));
  chart.append(svg("text", { x: PAD.left, y: HEIGHT - 8, class: "pcg-chart__label" }, points[0].date.slice(5)));
  if (points.length > 1) chart.append(svg("text", { x: WIDTH - PAD.right, y: HEIGHT - 8, "text-anchor": "end", class: "pcg-chart__label" }, points.at(-1).date.slice(5)));
  return chart;
}
