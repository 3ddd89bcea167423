// The k best of many items without sorting them all: a bounded binary heap with the worst kept on top.

/**
 * Collects items (numbers) and keeps the `k` best by `better(a, b)` (true when `a` ranks before `b`;
 * a strict total order, so that the result does not depend on the order items come in).
 * @example const top = new TopK(2, (a, b) => a > b); [5, 1, 9, 7].forEach((x) => top.push(x)); top.sorted() -> [9, 7]
 */
export class TopK {
  private readonly heap: number[] = [];

  constructor(
    private readonly k: number,
    private readonly better: (a: number, b: number) => boolean,
  ) {}

  /** Offers an item. */
  push(item: number): void {
    const heap = this.heap;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.better(item, heap[0] as number)) {
      heap[0] = item;
      this.down(0);
    }
  }

  /**
   * Whether `item` would be kept if offered now. An item refused now is refused for good (the worst
   * kept only gets better), so a costly test of an item can wait until it would be kept.
   */
  admits(item: number): boolean {
    return this.k > 0 && (this.heap.length < this.k || this.better(item, this.heap[0] as number));
  }

  /** The worst item kept once `k` are kept (any item must beat it to be kept); undefined before. */
  worst(): number | undefined {
    return this.k > 0 && this.heap.length >= this.k ? this.heap[0] : undefined;
  }

  /** The items kept, best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : 1));
  }

  // The heap's root is its worst item: a parent is worse than its children.
  private up(at: number): void {
    const heap = this.heap;
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(heap[parent] as number, heap[i] as number)) break;
      [heap[parent], heap[i]] = [heap[i] as number, heap[parent] as number];
      i = parent;
    }
  }

  private down(at: number): void {
    const heap = this.heap;
    let i = at;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && this.better(heap[worst] as number, heap[l] as number)) worst = l;
      if (r < heap.length && this.better(heap[worst] as number, heap[r] as number)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as number, heap[worst] as number];
      i = worst;
    }
  }
}
