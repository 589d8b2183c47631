// Aho-Corasick automaton over UTF-16 code units. Built once per pack set, then every search is one pass
// over the text, whatever the number of patterns.

export interface AcHit {
  /** Index of the pattern as given to the constructor. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern indices ending exactly at a node. */
  private readonly out: number[][] = [[]];
  /** Nearest node along the fail chain that has outputs (or -1). */
  private readonly dict: number[] = [-1];
  private readonly lengths: number[];

  constructor(patterns: string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, index) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let child = this.next[node]!.get(c);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.dict.push(-1);
          this.next[node]!.set(c, child);
        }
        node = child;
      }
      this.out[node]!.push(index);
    });
    this.link();
  }

  get size(): number {
    return this.next.length;
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child]!;
        this.dict[child] = this.out[fc]!.length ? fc : this.dict[fc]!;
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of end position. */
  search(text: string, onHit: (hit: AcHit) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !this.next[node]!.has(c)) node = this.fail[node]!;
      node = this.next[node]!.get(c) ?? 0;
      for (let n = this.out[node]!.length ? node : this.dict[node]!; n > 0; n = this.dict[n]!) {
        for (const pattern of this.out[n]!) onHit({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
      }
    }
  }
}
