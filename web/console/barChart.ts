// Geometry for the inline SVG bar charts (templates/console/partials/bars.hbs): every bar has its
// label and its number written beside it, so nothing depends on colour or on reading bar lengths.
const ROW = 26;
const LABEL_WIDTH = 220;
const MAX_BAR = 300;

export function barChart(id: string, title: string, counts: Record<string, number>) {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, v]) => v));
  const bars = entries.map(([label, value], i) => {
    const width = Math.max(2, Math.round((value / max) * MAX_BAR));
    return { label, value, width, y: i * ROW + 4, textY: i * ROW + 18, valueX: LABEL_WIDTH + width + 8 };
  });
  return { id, title, bars, height: entries.length * ROW + 8 };
}
