import type { DesignationType } from '../glossary/pack';
import type { Match } from '../match/matcher';
import type { CompiledLabelGrammar } from './compile';
import { Line } from './line';
import { type FoundName, Mentions, NameFinder } from './names';

// Recognises Russia's mandated labels by their shape: designation terms and ban words in one of the frames
// editors print them in, and the name each frame points at.
//
//   parenthesis    Юрий Дудь (признан в РФ СМИ-иноагентом)      Hizb ut-Tahrir (outlawed in Russia)
//   comma clause   «Таблиги Джамаат», признанной в РФ экстремистской     Hizb ut-Tahrir, banned in Russia,
//   pre-nominal    запрещённой в России террористической организации «X»   the outlawed terrorist group X
//   predicate      X (…) включена в реестр иноагентов    RFE/RL has been declared an "undesirable organization"
//   footnote       * Признаны иностранными агентами в России   (every name with as many stars)
//   caption        «Важные истории» / Объявлены в России «иностранным агентом»
//   banner         ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО … (the outlet that printed it)
//
// An event is no label: "Минюст внес его в реестр", "Russia's Supreme Court has banned …", "was declared …
// on Friday". Neither is another country's ban ("запрещена в Казахстане", "by the United Nations").

export type LabelFrame = 'parenthesis' | 'clause' | 'pre-nominal' | 'predicate' | 'footnote' | 'caption' | 'banner';

export interface RecognisedLabel {
  /** The pack label that explains it ("packId/labelId"). */
  ref: string;
  type: DesignationType;
  frame: LabelFrame;
  /** The label's words in the text, and as printed. */
  start: number;
  end: number;
  printed: string;
  /** The names it refers to; empty when the text names none. A banner refers to the page's outlet. */
  targets: FoundName[];
  /** A banner: its entity is the outlet that printed it, unless the banner names one. */
  outlet?: boolean;
  /** Found outside the article body (a banner above the headline): its offsets are not in the article text. */
  outside?: boolean;
}

export interface RecogniseInput {
  text: string;
  /** Offsets of the anchor words the matcher found (lines without one are not read). */
  anchors: number[];
  /** Entity mentions, sorted by start. */
  mentions: Match[];
  grammar: CompiledLabelGrammar;
  /** Only banners (text outside the article body). */
  bannersOnly?: boolean;
}

/** Longest stretch of text read as one line. */
const MAX_LINE = 4000;

/** Where runs of stars stand in the text ("Потапенко*", "«Айдар»**"): found once, for every footnote. */
class StarIndex {
  private runs: { at: number; count: number }[] | null = null;

  constructor(private readonly text: string) {}

  /** Runs of exactly `count` stars before `to`, the nearest 200 at most (a footnote refers to its page's stars). */
  before(to: number, count: number): number[] {
    if (!this.runs) {
      this.runs = [];
      for (let at = this.text.indexOf('*'); at >= 0; at = this.text.indexOf('*', at)) {
        let end = at;
        while (this.text[end] === '*') end++;
        this.runs.push({ at, count: end - at });
        at = end;
      }
    }
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid]!.at < to) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo - 1; i >= 0 && found.length < 200; i--) {
      const r = this.runs[i]!;
      if (r.count === count) found.push(r.at);
    }
    return found.reverse();
  }
}

const PLURAL = new Set(['признаны', 'внесены', 'включены', 'запрещены', 'объявлены', 'являются', 'считаются', 'обе', 'оба', 'both', 'are', 'were', 'have']);
const RELATIVE_START = /^(котор|which$|who$|that$|чья$|чей$|чьи$)/;

export function recogniseLabels(input: RecogniseInput): RecognisedLabel[] {
  const { text, grammar } = input;
  const mentions = new Mentions(input.mentions);
  const out: RecognisedLabel[] = [];
  let lastLine = -1;
  const lines: Line[] = [];
  for (const at of input.anchors) {
    if (at < lastLine) continue;
    let start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // A paragraph is read whole; a longer run of text (a page without blocks) only around its anchors, so that
    // the work stays linear in the text.
    const whole = end - start <= MAX_LINE;
    if (!whole) {
      start = Math.max(start, at - MAX_LINE / 2);
      end = Math.min(end, at + MAX_LINE / 2);
    }
    lastLine = end;
    const line = new Line(text, start, end, grammar);
    line.partial = !whole;
    lines.push(line);
  }
  const stars = new StarIndex(text);
  for (const line of lines) {
    const r = new LineReader(line, mentions, input, out, stars);
    // Banners, footnotes and captions are told by how a line starts: a window inside a longer run has no start.
    if (!line.partial && r.banner()) continue;
    if (input.bannersOnly) continue;
    if (!line.partial && r.footnote(false)) continue;
    // A line that opens with a status word is a caption only when its sentences name no one.
    const before = out.length;
    r.sentences();
    if (out.length === before && !line.partial) r.footnote(true);
  }
  return out.sort((a, b) => a.start - b.start);
}

class LineReader {
  private readonly names: NameFinder;
  /** Tokens already part of a recognised label, with the label's targets. */
  private readonly claimed = new Map<number, FoundName[]>();

  constructor(
    private readonly line: Line,
    mentions: Mentions,
    private readonly input: RecogniseInput,
    private readonly out: RecognisedLabel[],
    private readonly stars: StarIndex,
  ) {
    this.names = new NameFinder(line, mentions);
  }

  private emit(frame: LabelFrame, a: number, b: number, targets: FoundName[], qualifierFrom = -1, outlet = false) {
    const types = this.typesIn(a, b);
    if (!types.size) {
      if (!this.has('ban', a, b)) return;
      types.add(this.qualifier(qualifierFrom, a) ?? 'banned');
    }
    const toks = this.line.toks;
    for (const type of types) {
      const ref = this.input.grammar.labelFor.get(type);
      if (!ref) continue;
      const start = toks[a]!.start;
      const end = toks[b - 1]!.end;
      this.out.push({ ref, type, frame, start, end, printed: this.line.text.slice(start, end), targets, ...(outlet ? { outlet } : {}) });
    }
    for (let k = a; k < b; k++) this.claimed.set(k, targets);
  }

  /** Types of the terms in [a, b). A ban next to a term is part of that label. */
  private typesIn(a: number, b: number): Set<DesignationType> {
    const types = new Set<DesignationType>();
    for (let k = a; k < b; k++) {
      const t = this.line.term(k);
      if (t) types.add(t.type);
    }
    return types;
  }

  /** "terrorist group X (banned in Russia)": a ban without a list takes the type its name is described with. */
  private qualifier(from: number, to: number): DesignationType | null {
    if (from < 0) return null;
    for (let k = Math.max(0, from - 4); k < to; k++) {
      const t = this.line.term(k);
      if (t && (t.type === 'terrorist' || t.type === 'extremist')) return t.type;
    }
    return null;
  }

  private has(role: Parameters<Line['is']>[0], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.line.is(role, k)) return true;
    return false;
  }

  /** A place that is not Russia: "в Казахстане", "by the United Nations", "в стране". */
  private elsewhere(a: number, b: number): boolean {
    const l = this.line;
    if (this.has('elsewhere', a, b)) return true;
    for (let k = a; k < b; k++) {
      const n = l.role('placePrepositions', k);
      if (!n) continue;
      let j = k + n;
      while (l.word(j)?.low === 'the') j++;
      const w = l.word(j);
      if (w?.upper && !l.is('russia', j) && !l.is('notNames', j)) return true;
    }
    return false;
  }

  private plural(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.line.word(k);
      if (t && (PLURAL.has(t.low) || (this.line.statusOrBan(k) && /(ыми|ых|ые)$/.test(t.low)))) return true;
    }
    return false;
  }

  // ---- banners -------------------------------------------------------------------------------------------

  /** A statutory banner: a line that opens with its first words, has its verb and a foreign-agent term. */
  banner(): boolean {
    const l = this.line;
    let i = 0;
    while (l.toks[i] && l.toks[i]!.kind !== 'word') i++;
    if (!l.is('bannerOpeners', i) || !this.has('bannerVerbs', i, l.toks.length)) return false;
    const end = l.toks.length;
    if (!this.typesIn(i, end).has('foreign-agent')) return false;
    // The 2022 wording names the agent: "… иностранным агентом Иваном Ивановым", "BY A FOREIGN AGENT, THE SAKHAROV CENTER, OR".
    const named: FoundName[] = [];
    for (let k = i; k < end; k++) {
      const t = l.term(k);
      if (!t || t.type !== 'foreign-agent') continue;
      const name = this.bannerName(k + t.length, end);
      if (name) named.push(name);
    }
    this.emit('banner', i, end, dedupe(named), -1, named.length === 0);
    return true;
  }

  private bannerName(from: number, end: number): FoundName | null {
    const l = this.line;
    let i = from;
    if (l.toks[i]?.kind === 'comma') i++;
    if (l.toks[i]?.kind === 'open') return this.names.after(i, end);
    if (l.word(i)?.low === 'the') i++;
    let j = i;
    while (j < end && l.toks[j]!.kind === 'word' && !l.is('small', j) && !l.is('relative', j) && !['or', 'либо', 'или'].includes(l.toks[j]!.low) && j - i < 6) j++;
    if (j === i || l.isCore(i) || l.is('notNames', i) || !l.toks[i]!.upper) return null;
    const start = l.toks[i]!.start;
    const stop = l.toks[j - 1]!.end;
    const m = this.names.mentions.overlapping(start, stop);
    if (m) return { start: m.start, end: m.end, text: l.text.slice(m.start, m.end), ref: m.ref };
    return { start, end: stop, text: l.text.slice(start, stop) };
  }

  // ---- footnotes and captions ----------------------------------------------------------------------------

  /**
   * A line that is a footnote ("* Признан иноагентом", "** banned in Russia") or a caption of a label alone
   * ("Признан в РФ иноагентом*."): each sentence's labels go to the names it gives, else to every name marked
   * with as many stars before it, else (a caption) to the short line just above.
   */
  footnote(caption: boolean): boolean {
    const l = this.line;
    const toks = l.toks;
    let i = 0;
    while (toks[i] && (toks[i]!.kind === 'dash' || toks[i]!.kind === 'open')) i++;
    let stars = 0;
    if (toks[i]?.kind === 'star') {
      if (caption) return false;
      stars = toks[i]!.stars;
      i++;
      while (toks[i] && (toks[i]!.kind === 'dash' || toks[i]!.kind === 'other')) i++;
    } else {
      if (!caption) return false;
      const first = l.nextWord(i);
      if (first < 0 || !toks[first]!.upper || toks.length > 60) return false;
      if (!l.designates(first)) return false;
      const last = toks.findLastIndex((t) => t.kind === 'star');
      stars = last >= 0 ? toks[last]!.stars : 0;
    }
    if (!this.hasAnyCore(i, toks.length)) return stars > 0;
    const starred = stars ? this.starredNames(stars) : this.captionName();
    for (let s = 0; s < l.sentenceStarts.length; s++) {
      const a = Math.max(i, l.sentenceStarts[s]!);
      const b = l.sentenceStarts[s + 1] ?? toks.length;
      if (a >= b || !this.hasAnyCore(a, b)) continue;
      if (this.elsewhere(a, b) && !this.has('russia', a, b)) continue;
      const own = this.ownNames(a, b);
      this.emit(stars ? 'footnote' : 'caption', a, b, own.length ? own : starred, own[0] ? this.line.tokenAt(own[0].end) : -1);
    }
    return true;
  }

  private hasAnyCore(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.line.isCore(k)) return true;
    return false;
  }

  /**
   * The names a footnote sentence says the label of: those before its first designation word, and of them
   * only the last when a relative word comes between ("Instagram принадлежит компании Meta, деятельность
   * которой признана экстремистской" is about Meta).
   */
  private ownNames(a: number, b: number): FoundName[] {
    const l = this.line;
    let core = a;
    while (core < b && !l.designates(core)) core++;
    const names = this.namesIn(a, b).filter((n) => n.start < (l.toks[core]?.start ?? Infinity));
    const last = names[names.length - 1];
    if (!last) return names;
    for (let k = this.line.tokenAt(last.end); k >= 0 && k < core; k++) if (RELATIVE_START.test(l.word(k)?.low ?? '')) return [last];
    return names;
  }

  /** Names a footnote sentence gives itself: mentions, quoted names and capitalised runs. */
  private namesIn(a: number, b: number): FoundName[] {
    const l = this.line;
    const found: FoundName[] = [];
    for (let k = a; k < b; k++) {
      const t = l.toks[k]!;
      const isEnd = t.kind === 'close' || (t.kind === 'word' && !(l.toks[k + 1]?.kind === 'word' && l.toks[k + 1]!.upper));
      // Other names of the same entity in brackets ("(also known as …)") are not more entities.
      if (!isEnd || l.parenOf[k]! >= 0) continue;
      const name = this.names.before(k + 1, a, { strictStart: true });
      if (!name || found.some((f) => f.start < name.end && name.start < f.end)) continue;
      // "in Syria", "в Казахстане": a place, not whom the footnote is about.
      const first = this.line.tokenAt(name.start);
      if (first > 0 && l.is('placePrepositions', first - 1)) continue;
      found.push(name);
    }
    return dedupe(found.filter((f) => f.start >= l.toks[a]!.start));
  }

  /** Every name before this line marked with exactly `stars` stars: "Потапенко*", "«Мемориал»**". */
  private starredNames(stars: number): FoundName[] {
    const { text } = this.input;
    const found: FoundName[] = [];
    for (const at of this.stars.before(this.line.start, stars)) {
      // The name ends at the stars, or one space before them ("Пономарева *").
      const last = text[at - 1] === ' ' ? at - 2 : at - 1;
      if (last < 0 || /\s/u.test(text[last]!)) continue;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (last < lineStart) continue;
      const window = new Line(text, Math.max(lineStart, at - 160), at + stars, this.line.grammar);
      const name = new NameFinder(window, this.names.mentions).before(window.toks.length, 0);
      if (name) found.push(name);
      if (found.length >= 50) break;
    }
    return dedupe(found);
  }

  /** A caption's entity: the line just above, when it is a short name ("«Важные истории»"). */
  private captionName(): FoundName[] {
    const { text } = this.input;
    // The nearest line above with text (blocks are separated by blank lines too).
    let above = this.line.start - 1;
    while (above > 0 && /\s/u.test(text[above - 1]!)) above--;
    if (above <= 0) return [];
    const start = text.lastIndexOf('\n', above - 1) + 1;
    if (above - start > 80) return [];
    const window = new Line(text, start, above, this.line.grammar);
    const name = new NameFinder(window, this.names.mentions).before(window.toks.length, 0);
    return name ? [name] : [];
  }

  // ---- sentences: parentheses and clauses -----------------------------------------------------------------

  sentences(): void {
    const l = this.line;
    const n = l.toks.length;
    const parens: number[] = [];
    for (let i = 0; i < n; i++) {
      if (l.toks[i]!.kind === 'paren-open' && l.partner[i]! > i && this.hasAnyCore(i + 1, l.partner[i]!)) parens.push(i);
    }
    // Clauses first, so that a bracket right after a clause label ("ИГ, которая признана террористической
    // (запрещена в России)") refers to the same name.
    for (let i = 0; i < n; i++) {
      if (l.parenOf[i]! >= 0 || this.claimed.has(i) || !l.isCore(i)) continue;
      this.clauseAt(i);
    }
    for (const open of parens) this.parenthesis(open, l.partner[open]!);
  }

  /** "(признан в РФ иноагентом; принадлежит компании X, деятельность которой признана нежелательной)" */
  private parenthesis(open: number, close: number): void {
    const l = this.line;
    const [from] = l.sentence(open);
    // Split the bracket at semicolons: each part is a label of its own.
    const parts: [number, number][] = [];
    let a = open + 1;
    for (let k = open + 1; k <= close; k++) {
      if (k === close || (l.toks[k]!.kind === 'semicolon' && l.parenOf[k] === open)) {
        parts.push([a, k]);
        a = k + 1;
      }
    }
    let outer: FoundName[] | null = null;
    const outerNames = () => {
      if (outer) return outer;
      const inherited = this.claimed.get(open - 1) ?? this.claimed.get(open - 2);
      if (inherited) return (outer = inherited);
      const name = this.names.before(open, from);
      outer = name ? [name, ...(this.plural(open, close) ? this.names.coordinated(name, 'before', from) : [])] : [];
      return outer;
    };
    for (const [p, q] of parts) {
      if (!this.hasAnyCore(p, q)) continue;
      const words = q - p;
      const statusOrBan = this.has('status', p, q) || this.has('ban', p, q);
      if (!statusOrBan && words > 5) continue;
      if (this.elsewhere(p, q) && !this.has('russia', p, q)) continue;
      const inner = this.innerName(p, q);
      const targets = inner ? [inner] : outerNames();
      const qualifierFrom = inner ? this.line.tokenAt(inner.start) : targets[0] ? this.line.tokenAt(targets[0].start) : -1;
      this.emit('parenthesis', p, q, targets, qualifierFrom);
    }
  }

  /** "(ФБК, внесён …)", "(принадлежит Meta, деятельность которой …)": a name inside the bracket, before its label. */
  private innerName(p: number, q: number): FoundName | null {
    const l = this.line;
    let first = p;
    while (first < q && !l.designates(first)) first++;
    if (first === p || first >= q) return null;
    const name = this.names.before(first, p, { relative: true });
    if (!name) return null;
    for (let k = p; k < q && l.toks[k]!.start < name.start; k++) if (l.is('alias', k)) return null;
    return name;
  }

  /** A label outside brackets: the clause around a core word. */
  private clauseAt(core: number): void {
    const l = this.line;
    const [ss, se] = l.sentence(core);
    const [a, b, delimiter] = this.clause(core, ss, se);
    for (let k = a; k < b; k++) if (this.claimed.has(k)) return;
    const relative = RELATIVE_START.test(l.word(a)?.low ?? '');
    // In a relative clause an active verb describes the name: "«Дождь», который власти объявили «нежелательным»".
    const status = this.firstOf(a, b, (k) => l.statusOrBan(k) || (relative && l.is('event', k)));
    if (status < 0) return;
    if (!this.typesIn(a, b).size && !this.has('ban', a, b)) return;
    // Another country's ban: a place after the status word ("banned in Kazakhstan"); a place after the name
    // ("members of the outlawed group X in Kazan") says where something happened.
    const foreign = (to: number) => this.elsewhere(status, to) && !this.has('russia', a, b);
    if (!relative && this.isEvent(a, b)) return;

    const enArticle = ['the', 'a', 'an'].includes(l.word(status - 1)?.low ?? '');
    const preNominal = l.isFullParticiple(status) || enArticle;
    const preNominalTo = (to: number): boolean => {
      const name = this.names.after(status + 1, to);
      if (!name) return false;
      const nameTok = this.line.tokenAt(name.start);
      if (foreign(nameTok)) return true;
      const targets = [name, ...(this.plural(status, nameTok) ? this.names.coordinated(name, 'after', se) : [])];
      this.emit('pre-nominal', status, Math.max(status + 1, nameTok), targets, nameTok);
      return true;
    };
    // Pre-nominal inside the clause: "запрещённой в России террористической организации «X»", "the outlawed terrorist organization X".
    if (preNominal && preNominalTo(b)) return;
    // Comma clause: ", признанной экстремистской", ", which is banned in Russia", ", an opposition group declared …".
    const comma = delimiter === 'comma' || delimiter === 'dash' || relative;
    const describing = comma && status - a <= 8 && this.onlyDescribing(a, status);
    if (foreign(b)) return;
    const before = describing ? this.names.before(a - 1, ss) : null;
    if (before) {
      const targets = [before, ...(this.plural(a, b) ? this.names.coordinated(before, 'before', ss) : [])];
      this.emit('clause', a, b, targets, this.line.tokenAt(before.start));
      return;
    }
    // "a banned extremist Islamic group, Tablighi Jamaat": the name after a comma.
    if (preNominal && preNominalTo(se)) return;
    if (enArticle) return;
    // "на иноагента, включённого в реестр …, Леонида Волкова": the name follows the clause.
    if (describing && l.toks[b]?.kind === 'comma') {
      const after = this.names.after(b + 1, se);
      if (after) {
        this.emit('clause', a, b, [after], this.line.tokenAt(after.start));
        return;
      }
    }
    // Predicate or participle after the name: "X banned in Russia", "RFE/RL has been declared …", "X внесён в реестр иноагентов".
    const afterStatus = [status + 1, b] as const;
    const russiaOrTerm = this.has('russia', ...afterStatus) || this.typesIn(...afterStatus).size > 0;
    if (!russiaOrTerm || (l.is('ban', status) && !this.has('russia', ...afterStatus) && !this.typesIn(a, b).size)) return;
    let j = status;
    if (l.word(j - 1)?.low === 'been') j -= 2;
    while (j - 1 >= a && (l.is('relative', j - 1) || l.toks[j - 1]!.kind === 'comma')) j--;
    const name = this.names.before(j, ss);
    if (name && name.start >= l.toks[ss]!.start) this.emit('predicate', status, b, [name], this.line.tokenAt(name.start));
  }

  /** [start, end) of the clause around token i, and what opened it. Commas followed by status words continue it. */
  private clause(i: number, ss: number, se: number): [number, number, string] {
    const l = this.line;
    const stop = (k: number) => {
      const t = l.toks[k]!;
      if (t.kind === 'comma') return true;
      if (t.kind === 'dash') return /\s/.test(l.text[t.start - 1] ?? ' ');
      return t.kind === 'semicolon' || t.kind === 'colon' || t.kind === 'paren-open' || t.kind === 'paren-close' || t.kind === 'stop';
    };
    const continues = (k: number) => {
      const w = l.nextWord(k + 1, se);
      return l.toks[k]!.kind === 'comma' && w === k + 1 && l.designates(w);
    };
    // Back to the clause's start; a comma is crossed only into a clause that already holds a status word
    // ("которая признана в России СМИ, выполняющим функции иностранного агента").
    let a = i;
    for (;;) {
      while (a - 1 >= ss && !stop(a - 1) && l.parenOf[a - 1] === -1) a--;
      if (a - 1 < ss || !continues(a - 1)) break;
      let p = a - 1;
      while (p - 1 >= ss && !stop(p - 1) && l.parenOf[p - 1] === -1) p--;
      // Only into a clause that describes the name itself: it opens with a relative word or its status word.
      const opener = l.nextWord(p, a - 1);
      const describes = opener >= 0 && (RELATIVE_START.test(l.toks[opener]!.low) || l.statusOrBan(opener));
      if (!describes || (!this.has('status', p, a - 1) && !this.has('ban', p, a - 1))) break;
      a = p;
    }
    // Skip over a bracket inside the clause.
    let b = i + 1;
    while (b < se) {
      const t = l.toks[b]!;
      if (t.kind === 'paren-open') break;
      if (stop(b) && !continues(b)) break;
      b++;
    }
    const d = l.toks[a - 1];
    return [a, b, d ? d.kind : 'start'];
  }

  private firstOf(a: number, b: number, test: (k: number) => boolean): number {
    for (let k = a; k < b; k++) if (test(k)) return k;
    return -1;
  }

  /** Only words that describe the name stand before the status word of a comma clause. */
  private onlyDescribing(a: number, status: number): boolean {
    const l = this.line;
    for (let k = a; k < status; k++) {
      const t = l.toks[k]!;
      if (t.kind !== 'word') {
        if (t.kind === 'open' || t.kind === 'close') continue;
        return false;
      }
      if (!(l.is('small', k) || l.is('generic', k) || l.is('relative', k) || l.term(k) || l.is('russia', k) || l.is('notNames', k))) return false;
    }
    return true;
  }

  /** A finite active verb ("внёс", "has banned"), or a past or future auxiliary before the status word. */
  private isEvent(a: number, b: number): boolean {
    const l = this.line;
    if (this.has('event', a, b)) return true;
    for (let k = a; k < b; k++) {
      if (!l.statusOrBan(k)) continue;
      const prev = l.word(k - 1);
      if (!prev) continue;
      if (l.is('eventAux', k - 1)) return true;
      // "Russia designated …", "the Justice Ministry … labeled": a body or a country as the subject.
      if (l.is('russia', k - 1) || (prev.upper && l.is('notNames', k - 1))) return true;
    }
    return false;
  }
}

function dedupe(names: FoundName[]): FoundName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.ref ?? n.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
