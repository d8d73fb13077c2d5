// Chart colours and axis styles as design tokens (CSS variables resolve inside SVG attributes), so charts
// follow Jira's light and dark themes without reading the theme.
export const SERIES = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `var(--ds-chart-categorical-${i}, #357de8)`);
export const GOOD = 'var(--ds-chart-success-bold, #22a06b)';
export const BAD = 'var(--ds-chart-danger-bold, #c9372c)';
export const WARN = 'var(--ds-chart-warning-bold, #b38600)';
export const NEUTRAL = 'var(--ds-chart-neutral, #8590a2)';
export const AXIS = {
  stroke: 'var(--ds-border, #091e4224)',
  tick: { fill: 'var(--ds-text-subtle, #44546f)', fontSize: 12 },
};
export const GRID = 'var(--ds-border, #091e4224)';
export const TOOLTIP = {
  contentStyle: {
    background: 'var(--ds-surface-overlay, #fff)',
    border: '1px solid var(--ds-border, #091e4224)',
    color: 'var(--ds-text, #172b4d)',
  },
  labelStyle: { color: 'var(--ds-text, #172b4d)' },
  itemStyle: { color: 'var(--ds-text, #172b4d)' },
  cursor: { fill: 'var(--ds-background-neutral-subtle-hovered, #091e420f)' },
} as const;
