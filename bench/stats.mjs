// Summaries of benchmark samples.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A figure rounded for reading: whole numbers from 100, one decimal below. */
export const round = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "median (min–max)" of the samples. */
export const summary = (values, format = round) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;

/** The items in a random order: candidates take turns in a different order each round. */
export const shuffled = (items) =>
  items
    .map((item) => [Math.random(), item])
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);

/** Thousands separators: 24244 → "24,244". */
export const bytes = (value) => value.toLocaleString('en-US');
