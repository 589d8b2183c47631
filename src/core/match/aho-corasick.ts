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

/** The automaton's arrays, as stored in a compiled pack (pack-binary.ts): loading them rebuilds nothing. */
export interface AcTables {
  /** [code unit, symbol] pairs of the alphabet (the full map is 128 KB of mostly zeros). */
  alphabet: Uint16Array;
  rootNext: Int32Array;
  edgeStart: Int32Array;
  edgeCount: Int32Array;
  edgeLabel: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  dict: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
  lengths: Int32Array;
  denseRow: Int32Array;
  dense: Int32Array;
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

  /** An automaton from stored arrays (tables()), as built: nothing is recomputed. */
  static fromTables(t: AcTables): AhoCorasick {
    const ac = Object.create(AhoCorasick.prototype) as AhoCorasick;
    const alphabet = new Uint16Array(65536);
    for (let i = 0; i + 1 < t.alphabet.length; i += 2) alphabet[t.alphabet[i]!] = t.alphabet[i + 1]!;
    Object.assign(ac, { ...t, alphabet, stride: t.rootNext.length, size: t.fail.length });
    return ac;
  }

  tables(): AcTables {
    const pairs: number[] = [];
    for (let c = 0; c < 65536; c++) if (this.alphabet[c]) pairs.push(c, this.alphabet[c]!);
    const { rootNext, edgeStart, edgeCount, edgeLabel, edgeTarget, fail, dict, outStart, outList, lengths, denseRow, dense } = this;
    return { alphabet: Uint16Array.from(pairs), rootNext, edgeStart, edgeCount, edgeLabel, edgeTarget, fail, dict, outStart, outList, lengths, denseRow, dense };
  }

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
    // 2. Trie: one hash of (node, symbol) -> child for the whole build, edges recorded in creation order.
    const childOf = new Map<number, number>();
    const parentOf: number[] = [-1];
    const symbolOf: number[] = [0];
    const ends: number[][] = [];
    let n = 1;
    patterns.forEach((p, index) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const a = this.alphabet[p.charCodeAt(i)]!;
        const key = node * 65536 + a;
        let child = childOf.get(key);
        if (child === undefined) {
          child = n++;
          childOf.set(key, child);
          parentOf.push(node);
          symbolOf.push(a);
        }
        node = child;
      }
      (ends[node] ??= []).push(index);
    });
    this.size = n;
    // Renumber breadth first: the shallow nodes a search sits on most get small, adjacent ids, so their
    // entries in the per-node arrays share cache lines (creation order scatters them across the trie).
    {
      const depth = new Int32Array(n);
      let maxDepth = 0;
      for (let v = 1; v < n; v++) maxDepth = Math.max(maxDepth, (depth[v] = depth[parentOf[v]!]! + 1));
      const firstAt = new Int32Array(maxDepth + 2);
      for (let v = 0; v < n; v++) firstAt[depth[v]! + 1]!++;
      for (let d = 1; d <= maxDepth + 1; d++) firstAt[d]! += firstAt[d - 1]!;
      const renamed = new Int32Array(n);
      for (let v = 0; v < n; v++) renamed[v] = firstAt[depth[v]!]!++;
      const parents: number[] = new Array(n);
      const symbols2: number[] = new Array(n);
      const ends2: number[][] = [];
      for (let v = 0; v < n; v++) {
        const id = renamed[v]!;
        parents[id] = v === 0 ? -1 : renamed[parentOf[v]!]!;
        symbols2[id] = symbolOf[v]!;
        if (ends[v]) ends2[id] = ends[v]!;
      }
      for (let id = 0; id < n; id++) {
        parentOf[id] = parents[id]!;
        symbolOf[id] = symbols2[id]!;
      }
      ends.length = 0;
      ends2.forEach((list, id) => (ends[id] = list));
    }
    // 3. Flat edges, grouped by parent and sorted by symbol.
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    for (let v = 1; v < n; v++) this.edgeCount[parentOf[v]!]!++;
    for (let v = 1, at = this.edgeCount[0]!; v < n; v++) {
      this.edgeStart[v] = at;
      at += this.edgeCount[v]!;
    }
    this.edgeLabel = new Uint16Array(Math.max(0, n - 1));
    this.edgeTarget = new Int32Array(Math.max(0, n - 1));
    const filled = new Int32Array(n);
    for (let v = 1; v < n; v++) {
      const parent = parentOf[v]!;
      // Insertion sort into the parent's run: runs are short, and children arrive almost in order.
      let at = this.edgeStart[parent]! + filled[parent]!++;
      const label = symbolOf[v]!;
      while (at > this.edgeStart[parent]! && this.edgeLabel[at - 1]! > label) {
        this.edgeLabel[at] = this.edgeLabel[at - 1]!;
        this.edgeTarget[at] = this.edgeTarget[at - 1]!;
        at--;
      }
      this.edgeLabel[at] = label;
      this.edgeTarget[at] = v;
    }
    this.rootNext = new Int32Array(symbols + 1);
    for (let k = 0; k < this.edgeCount[0]!; k++) this.rootNext[this.edgeLabel[k]!] = this.edgeTarget[k]!;
    // 4. Outputs, flat.
    this.outStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.outStart[v + 1] = this.outStart[v]! + (ends[v]?.length ?? 0);
    this.outList = new Int32Array(this.outStart[n]!);
    for (let v = 0; v < n; v++) ends[v]?.forEach((pattern, k) => (this.outList[this.outStart[v]! + k] = pattern));
    // 5. Fail and dictionary links, breadth first.
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    const hasOutput = (v: number) => this.outStart[v + 1]! > this.outStart[v]!;
    for (let k = 0; k < this.edgeCount[0]!; k++) {
      const child = this.edgeTarget[k]!;
      queue[tail++] = child;
      if (hasOutput(child)) this.dict[child] = child;
    }
    while (head < tail) {
      const v = queue[head++]!;
      const first = this.edgeStart[v]!;
      for (let k = first; k < first + this.edgeCount[v]!; k++) {
        const child = this.edgeTarget[k]!;
        const f = this.step(this.fail[v]!, this.edgeLabel[k]!);
        this.fail[child] = f;
        this.dict[child] = hasOutput(child) ? child : this.dict[f]!;
        queue[tail++] = child;
      }
    }
    // 6. Dense rows, breadth first (the shallow nodes a search sits on most), within a memory budget.
    this.stride = symbols + 1;
    const budget = Math.max(1, Math.min(n, Math.floor(Math.min(DENSE_CELLS, n * 8) / this.stride)));
    this.denseRow = new Int32Array(n).fill(-1);
    const rows: number[] = [0];
    for (let q = 0; q < tail && rows.length < budget; q++) {
      const v = queue[q]!;
      if (this.edgeCount[v]! >= DENSE_MIN_EDGES) rows.push(v);
    }
    this.dense = new Int32Array(rows.length * this.stride);
    rows.forEach((v, r) => this.denseRow[v] = r);
    // Breadth-first order means a node's fail target (shallower) already has its row when it has one:
    // copy it, then overwrite with the node's own edges.
    rows.forEach((v, r) => {
      const at = r * this.stride;
      const f = this.fail[v]!;
      const fr = v === 0 ? -1 : this.denseRow[f]!;
      if (v === 0) this.dense.set(this.rootNext, at);
      else if (fr >= 0) this.dense.copyWithin(at, fr * this.stride, (fr + 1) * this.stride);
      else for (let a = 1; a <= symbols; a++) this.dense[at + a] = this.step(f, a);
      const first = this.edgeStart[v]!;
      for (let k = first; k < first + this.edgeCount[v]!; k++) this.dense[at + this.edgeLabel[k]!] = this.edgeTarget[k]!;
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
