// The k best of a stream of items, in a heap of k: memory for what is kept, not for everything seen.

/**
 * Keeps the `k` best items offered, by `before(a, b)` (true when a ranks before b; it must be a strict total order,
 * so the result is the same as sorting everything and taking the first k).
 */
export class TopK<T> {
  /** A heap with the worst kept item on top: a newcomer only has to beat it. */
  private readonly heap: T[] = [];

  constructor(private readonly k: number, private readonly before: (a: T, b: T) => boolean) {}

  /** The item an offer has to rank before to be kept, once k are kept. */
  get worst(): T | undefined {
    return this.heap.length >= this.k ? this.heap[0] : undefined;
  }

  offer(item: T): void {
    if (this.k <= 0) return;
    if (this.heap.length < this.k) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (this.before(item, this.heap[0])) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
  }

  // A parent never ranks before its children.
  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[parent], h[i])) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < h.length && this.before(h[top], h[left])) top = left;
      if (right < h.length && this.before(h[top], h[right])) top = right;
      if (top === i) return;
      [h[top], h[i]] = [h[i], h[top]];
      i = top;
    }
  }
}
