// Learning the weights: a softmax ranker over each question's candidates, and a logistic calibration.

/** One question's candidates (one region's, for a compare question): features and whether each is right. */
export interface Group {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly boolean[];
}

/** How the optimisers run. */
export interface FitOptions {
  readonly iterations: number;
  readonly rate: number;
  /** L2 penalty on the weights (not on a bias), towards `prior` when given. */
  readonly l2: number;
  readonly prior?: readonly number[];
}

const RANKER: FitOptions = { iterations: 400, rate: 0.05, l2: 0.01 };
const LOGISTIC: FitOptions = { iterations: 1500, rate: 0.05, l2: 0.001 };

/** Adam steps on a gradient function: few lines, robust to features of different scales. */
function adam(start: readonly number[], grad: (w: number[]) => number[], o: FitOptions): number[] {
  const w = [...start];
  const m = w.map(() => 0);
  const v = w.map(() => 0);
  for (let t = 1; t <= o.iterations; t++) {
    const g = grad(w);
    for (let k = 0; k < w.length; k++) {
      const gk = (g[k] ?? 0) + o.l2 * ((w[k] ?? 0) - (o.prior?.[k] ?? 0));
      m[k] = 0.9 * (m[k] ?? 0) + 0.1 * gk;
      v[k] = 0.999 * (v[k] ?? 0) + 0.001 * gk * gk;
      const mh = (m[k] ?? 0) / (1 - 0.9 ** t);
      const vh = (v[k] ?? 0) / (1 - 0.999 ** t);
      w[k] = (w[k] ?? 0) - (o.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

function dotOf(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (w[k] ?? 0) * (x[k] ?? 0);
  return s;
}

/**
 * Weights that put a right candidate first: maximises, over the groups with both right and wrong
 * candidates, the log of the softmax probability mass on the right ones (ListNet-style), with an
 * L2 penalty. Groups with no right candidate say nothing about the order and are skipped.
 */
export function fitRanker(groups: readonly Group[], start: readonly number[], o: Partial<FitOptions> = {}): number[] {
  const usable = groups.filter((g) => g.y.some(Boolean) && g.y.some((b) => !b));
  const opts = { ...RANKER, ...o };
  return adam(
    start,
    (w) => {
      const g = w.map(() => 0);
      for (const group of usable) {
        const s = group.x.map((x) => dotOf(w, x));
        const top = Math.max(...s);
        const e = s.map((v) => Math.exp(v - top));
        const all = e.reduce((a, b) => a + b, 0);
        const right = e.reduce((a, b, k) => a + (group.y[k] ? b : 0), 0);
        group.x.forEach((x, k) => {
          // d(-log right/all)/dw = E_all[x] - E_right[x]
          const coef = (e[k] ?? 0) / all - (group.y[k] ? (e[k] ?? 0) / right : 0);
          for (let d = 0; d < x.length; d++) g[d] = (g[d] ?? 0) + coef * (x[d] ?? 0);
        });
      }
      return g.map((v) => v / Math.max(1, usable.length));
    },
    opts,
  );
}

/** Logistic regression of `y` on `x` (whose last input is the constant 1): the calibration. */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly boolean[],
  start: readonly number[],
  o: Partial<FitOptions> = {},
): number[] {
  const opts = { ...LOGISTIC, ...o };
  return adam(
    start,
    (w) => {
      const g = w.map(() => 0);
      x.forEach((xi, i) => {
        const p = 1 / (1 + Math.exp(-dotOf(w, xi)));
        const err = p - (y[i] ? 1 : 0);
        for (let d = 0; d < xi.length; d++) g[d] = (g[d] ?? 0) + err * (xi[d] ?? 0);
      });
      return g.map((v) => v / Math.max(1, x.length));
    },
    opts,
  );
}
