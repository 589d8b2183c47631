// Aho-Corasick automaton over UTF-16 code units. Built once per pack set, then every search is one pass
// over the text, whatever the number of patterns.
//
// Layout, for speed on large pattern sets: code units are mapped to a dense alphabet (a unit no pattern
// contains sends the automaton straight back to the root); the root has a direct table; other nodes keep
// their edges as sorted runs in flat typed arrays, so a search touches few cache lines.

/** Most cells of dense transition rows (4 bytes each). */
const DENSE_CELLS = 1_000_000;
/** Nodes with at least this many edges get a dense row. */
const DENSE_MIN_EDGES = 3;

export interface AcHit {
  /** Index of the pattern as given to the constructor. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export class AhoCorasick {
  /** Code unit -> alphabet index (0: in no pattern). */
  private readonly alphabet = new Uint16Array(65536);
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly edgeLabel: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest node along the fail chain, itself included, that ends a pattern (-1: none). */
  private readonly dict: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly lengths: Int32Array;
  /** Full transition rows (fail links resolved) for the busiest nodes: node -> row index, or -1. */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  private readonly stride: number;
  readonly size: number;

  constructor(patterns: string[]) {
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    // 1. Alphabet.
    let symbols = 0;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.alphabet[c] === 0) this.alphabet[c] = ++symbols;
      }
    }
    // 2. Trie with Map edges (build only).
    const edges: Map<number, number>[] = [new Map()];
    const outs: number[][] = [[]];
    patterns.forEach((p, index) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const a = this.alphabet[p.charCodeAt(i)]!;
        let child = edges[node]!.get(a);
        if (child === undefined) {
          child = edges.length;
          edges.push(new Map());
          outs.push([]);
          edges[node]!.set(a, child);
        }
        node = child;
      }
      outs[node]!.push(index);
    });
    const n = edges.length;
    this.size = n;
    // 3. Flat, sorted edges.
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    let total = 0;
    for (let v = 0; v < n; v++) total += edges[v]!.size;
    this.edgeLabel = new Uint16Array(total);
    this.edgeTarget = new Int32Array(total);
    let at = 0;
    for (let v = 0; v < n; v++) {
      const sorted = [...edges[v]!].sort((x, y) => x[0] - y[0]);
      this.edgeStart[v] = at;
      this.edgeCount[v] = sorted.length;
      for (const [label, target] of sorted) {
        this.edgeLabel[at] = label;
        this.edgeTarget[at++] = target;
      }
    }
    this.rootNext = new Int32Array(symbols + 1);
    for (const [a, child] of edges[0]!) this.rootNext[a] = child;
    // 4. Outputs, flat.
    this.outStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.outStart[v + 1] = this.outStart[v]! + outs[v]!.length;
    this.outList = Int32Array.from(outs.flat());
    // 5. Fail and dictionary links, breadth first.
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (const child of edges[0]!.values()) {
      queue[tail++] = child;
      if (outs[child]!.length) this.dict[child] = child;
    }
    while (head < tail) {
      const v = queue[head++]!;
      for (const [a, child] of edges[v]!) {
        const f = this.step(this.fail[v]!, a);
        this.fail[child] = f;
        this.dict[child] = outs[child]!.length ? child : this.dict[f]!;
        queue[tail++] = child;
      }
    }
    // 6. Dense rows, breadth first (the shallow nodes a search sits on most), within a memory budget.
    this.stride = symbols + 1;
    const budget = Math.max(1, Math.min(n, Math.floor(DENSE_CELLS / this.stride)));
    this.denseRow = new Int32Array(n).fill(-1);
    const rows: number[] = [0];
    for (let q = 0; q < tail && rows.length < budget; q++) {
      const v = queue[q]!;
      if (this.edgeCount[v]! >= DENSE_MIN_EDGES) rows.push(v);
    }
    this.dense = new Int32Array(rows.length * this.stride);
    rows.forEach((v, r) => {
      for (let a = 1; a <= symbols; a++) this.dense[r * this.stride + a] = this.step(v, a);
      this.denseRow[v] = r;
    });
  }

  /** The child of `node` on alphabet symbol `a`, or -1. */
  private child(node: number, a: number): number {
    if (node === 0) return this.rootNext[a]! || -1;
    let lo = this.edgeStart[node]!;
    let hi = lo + this.edgeCount[node]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const label = this.edgeLabel[mid]!;
      if (label === a) return this.edgeTarget[mid]!;
      if (label < a) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The goto function: follow fail links until an edge on `a` exists (or the root). */
  private step(node: number, a: number): number {
    for (;;) {
      const next = this.child(node, a);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node]!;
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of end position. */
  search(text: string, onHit: (hit: AcHit) => void): void {
    const { alphabet, dict, outStart, outList, lengths, denseRow, dense, stride } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const a = alphabet[text.charCodeAt(i)]!;
      if (a === 0) {
        node = 0;
        continue;
      }
      const row = denseRow[node]!;
      node = row >= 0 ? dense[row * stride + a]! : this.step(node, a);
      for (let d = dict[node]!; d > 0; d = dict[this.fail[d]!]!) {
        for (let k = outStart[d]!; k < outStart[d + 1]!; k++) {
          const pattern = outList[k]!;
          onHit({ pattern, start: i + 1 - lengths[pattern]!, end: i + 1 });
        }
      }
    }
  }
}
