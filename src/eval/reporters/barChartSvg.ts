/** Grouped bar chart as an SVG string: one `<g class="group">` per group, one bar per metric (values 0..1). */
export const barChartSvg = (
  groups: { label: string; values: number[] }[],
  metricNames: string[],
  colors: string[],
): string => {
  const barWidth = 22;
  const barGap = 4;
  const groupGap = 36;
  const plotHeight = 200;
  const top = 30;
  const left = 44;
  const groupWidth = metricNames.length * (barWidth + barGap) - barGap;
  const width = left + groups.length * (groupWidth + groupGap) + 10;
  const height = top + plotHeight + 40;
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(metricNames.join(', '))} per backend">`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = top + plotHeight * (1 - tick);
    parts.push(`<line x1="${left - 4}" y1="${y}" x2="${width - 10}" y2="${y}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 8}" y="${y + 4}" font-size="10" text-anchor="end">${Math.round(tick * 100)}%</text>`);
  }
  metricNames.forEach((name, i) => {
    const x = left + i * 90;
    parts.push(`<rect x="${x}" y="6" width="10" height="10" fill="${colors[i % colors.length] ?? '#888'}"/>`);
    parts.push(`<text x="${x + 14}" y="15" font-size="11">${esc(name)}</text>`);
  });
  groups.forEach((group, g) => {
    const x0 = left + g * (groupWidth + groupGap) + groupGap / 2;
    parts.push(`<g class="group" data-label="${esc(group.label)}">`);
    group.values.forEach((raw, i) => {
      const value = Math.min(1, Math.max(0, raw));
      const h = Math.round(plotHeight * value * 10) / 10;
      const x = x0 + i * (barWidth + barGap);
      // MRR is a mean reciprocal rank, not a share: shown as such (the bar still uses the 0–1 axis).
      const shown = metricNames[i] === 'MRR' ? value.toFixed(3) : `${(value * 100).toFixed(1)}%`;
      const title = `${group.label} ${metricNames[i] ?? ''}: ${shown}`;
      parts.push(`<rect x="${x}" y="${top + plotHeight - h}" width="${barWidth}" height="${h}" fill="${colors[i % colors.length] ?? '#888'}"><title>${esc(title)}</title></rect>`);
    });
    parts.push(`<text x="${x0 + groupWidth / 2}" y="${top + plotHeight + 16}" font-size="11" text-anchor="middle">${esc(group.label)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
};
