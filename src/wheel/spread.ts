import { normalizeDegrees } from "../astro/math.ts";

/**
 * Spreads points on a circle so that neighbours are at least `minGap` degrees apart while each
 * stays as close as it can to its exact longitude: the label placement of a chart wheel.
 *
 * Method (cluster merging, the classic one-dimensional label layout): cut the circle in its widest
 * empty arc, so the points lie on a line; start with one cluster per point; a cluster of m points
 * is placed `minGap` apart as a block whose start minimises the squared displacements, i.e. the
 * mean of (exact_k − k·minGap); whenever two neighbouring blocks overlap they merge into one and
 * are placed again, until none overlap. Each merge removes a cluster, so it ends after at most n−1
 * merges, and the result is deterministic (no iteration count, no jitter). If the outermost blocks
 * then meet across the cut, everything becomes one block.
 *
 * @param longitudes exact positions in degrees, any order (any real numbers).
 * @param minGap wanted separation in degrees; lowered to 360/n when n points cannot keep it.
 * @returns the displayed position of each input point, in input order, in [0, 360).
 */
export function spreadOnCircle(longitudes: readonly number[], minGap: number): number[] {
  const n = longitudes.length;
  if (n === 0) return [];
  const gap = Math.min(minGap, 360 / n);
  const order = longitudes
    .map((lon, index) => ({ lon: normalizeDegrees(lon), index }))
    .sort((a, b) => a.lon - b.lon);

  // Cut after the widest empty arc: the point following it starts the line.
  let cut = 0;
  let widest = -1;
  for (let i = 0; i < n; i++) {
    const here = order[i] as { lon: number };
    const next = order[(i + 1) % n] as { lon: number };
    const arc = normalizeDegrees(next.lon - here.lon) || (n === 1 ? 360 : 0);
    if (arc > widest) {
      widest = arc;
      cut = (i + 1) % n;
    }
  }
  const first = (order[cut] as { lon: number }).lon;
  // Unwrapped positions on the line, increasing from the first point.
  const line = Array.from({ length: n }, (_, k) => {
    const p = order[(cut + k) % n] as { lon: number; index: number };
    return { exact: first + normalizeDegrees(p.lon - first), index: p.index };
  });

  const clusters = placeClusters(
    line.map((p) => p.exact),
    gap,
  );
  const last = clusters[clusters.length - 1] as Cluster;
  const firstCluster = clusters[0] as Cluster;
  const wraps = last.start + (last.size - 1) * gap + gap > firstCluster.start + 360 + 1e-9;
  const final =
    wraps && clusters.length > 1
      ? [
          block(
            0,
            n,
            line.map((p) => p.exact),
            gap,
          ),
        ]
      : clusters;

  const out = new Array<number>(n);
  for (const c of final) {
    for (let k = 0; k < c.size; k++) {
      const p = line[c.from + k] as { index: number };
      out[p.index] = normalizeDegrees(c.start + k * gap);
    }
  }
  return out;
}

/** A run of consecutive points on the line placed `gap` apart from `start`. */
interface Cluster {
  from: number;
  size: number;
  start: number;
}

/** The block of points `from`…`from + size − 1` at its least-squares start. */
function block(from: number, size: number, exact: readonly number[], gap: number): Cluster {
  let sum = 0;
  for (let k = 0; k < size; k++) sum += (exact[from + k] as number) - k * gap;
  return { from, size, start: sum / size };
}

/** Merges overlapping neighbouring blocks until none overlap. */
function placeClusters(exact: readonly number[], gap: number): Cluster[] {
  let clusters = exact.map((_, i) => block(i, 1, exact, gap));
  let merged = true;
  while (merged) {
    merged = false;
    const next: Cluster[] = [];
    for (const c of clusters) {
      const prev = next[next.length - 1];
      if (prev && prev.start + prev.size * gap > c.start + 1e-9) {
        next[next.length - 1] = block(prev.from, prev.size + c.size, exact, gap);
        merged = true;
      } else {
        next.push(c);
      }
    }
    clusters = next;
  }
  return clusters;
}
