// Small statistics for noisy timings: medians, quartiles, least-squares line.

export function median(values) {
  const s = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(values, q) {
  const s = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Median, quartiles and count of the finite values. */
export function summary(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return { median: median(finite), p25: quantile(finite, 0.25), p75: quantile(finite, 0.75), n: finite.length };
}

/** Least-squares fit y = a + b·x, with R². */
export function linearFit(points) {
  const pts = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const n = pts.length;
  if (n < 2) return null;
  const mx = pts.reduce((s, [x]) => s + x, 0) / n;
  const my = pts.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const slope = sxx ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const ssTot = pts.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = pts.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  return { intercept, slope, r2: ssTot ? 1 - ssRes / ssTot : 1 };
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
}
