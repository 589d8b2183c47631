import { NON_BODY_ANCESTORS } from '../article/signals-data';
import { COMMENT_SYSTEMS, type CommentSystem } from './comment-systems';
import { selectorValidator, type UserRule } from './cosmetic-filter';
import { ResidueIndex } from './residue-index';
import { RESIDUE_PHRASES, type ResiduePhraseSet } from './residue-phrases';
import { THREAD_WORDS, type ThreadWordSet } from './thread-words';
import { type CompiledThreadWords, compileThreadWords } from './threads';

// The hiding rules made once, as compilePacks makes the packs: the selectors the engine parses, the lists that
// detection and the planner query, and the index of form strings. Detection and planning read these and
// compute nothing from the rule data themselves, so an answer never depends on what ran before it.

export interface CompiledSystem {
  id: string;
  /** Planned after the specific systems (CommentSystem.generic). */
  generic: boolean;
  /** The system's selectors that the engine parses, per level. */
  form: string[];
  section: string[];
  byName?: CommentSystem['byName'];
}

export interface RuleSources {
  systems?: CommentSystem[];
  phrases?: ResiduePhraseSet[];
  threadWords?: ThreadWordSet[];
  userRules?: UserRule[];
}

/** A selector that tests a fragment of a name, before any parenthesis: a pre-selection, not container markup. */
const NAME_FRAGMENT = /^[^(]*\[\s*(?:id|class)\s*[*$]=/;

/**
 * The compiled rules of one engine. Detection's lists are made at once; the planner's parts on first use (a
 * page that is not an article never plans), once, and shared by the copies withUserRules makes.
 */
export class CompiledRules {
  private systemsMade?: CompiledSystem[];
  private residueMade?: ResidueIndex;
  private threadsMade?: CompiledThreadWords;

  /** Made by compileRules. */
  constructor(
    private readonly source: { systems: CommentSystem[]; phrases: ResiduePhraseSet[]; threadWords: ThreadWordSet[]; ok: (selector: string) => boolean; parses: (selector: string) => boolean },
    /** Every comment container of every system (systems found by name have none). */
    readonly containerSelector: string,
    /**
     * Containers whose paragraphs are not body text: page chrome, and the comment containers less the selectors
     * that only pre-select by a fragment of a name ([class*="omment"] also matches "commentary", an opinion
     * column): those need the planner's word checks and are no proof of a comment area.
     */
    readonly bodyExclusion: string,
    /** The user's rules for this page (rulesForHost), applied at both levels through the same guard. */
    readonly userRules: UserRule[],
    private readonly shared?: CompiledRules,
  ) {}

  /** The same rules with the user's rules for a page (they are read with the settings, after detection). */
  withUserRules(userRules: UserRule[]): CompiledRules {
    return new CompiledRules(this.source, this.containerSelector, this.bodyExclusion, userRules, this.shared ?? this);
  }

  /** In plan order: specific systems first, then the generic ones; each with the selectors that parse. */
  get systems(): CompiledSystem[] {
    if (this.shared) return this.shared.systems;
    const { systems, ok, parses } = this.source;
    return (this.systemsMade ??= [...systems.filter((s) => !s.generic), ...systems.filter((s) => s.generic)].map(
      (s): CompiledSystem => ({
        id: s.id,
        generic: !!s.generic,
        form: s.form.filter(ok),
        section: s.section.filter(ok),
        ...(s.byName ? { byName: { ...s.byName, select: s.byName.select.filter(parses) } } : {}),
      }),
    ));
  }

  /** Every comment section: at form level the climb from a form string stops below one. */
  get sectionSelector(): string {
    return this.systems.flatMap((s) => s.section).join(', ');
  }

  /** The index of every form string. */
  get residue(): ResidueIndex {
    if (this.shared) return this.shared.residue;
    return (this.residueMade ??= new ResidueIndex(this.source.phrases));
  }

  /** The words around comment threads (threads.ts), section level only. */
  get threads(): CompiledThreadWords {
    if (this.shared) return this.shared.threads;
    return (this.threadsMade ??= compileThreadWords(this.source.threadWords, (phrases) => new ResidueIndex([{ system: 'thread', lang: '*', phrases }])));
  }
}

/**
 * Compiles the built-in rules (or the given ones) for pages of `doc`'s engine, once per page view, as
 * compilePacks makes the packs once per pack set: a selector the engine cannot parse is left out, so one bad
 * selector cannot make a whole list throw wherever it is used.
 */
export function compileRules(doc: Document, sources: RuleSources = {}): CompiledRules {
  const systems = sources.systems ?? COMMENT_SYSTEMS;
  const parses = selectorValidator(doc);
  // In the systems' own order. One parse of the whole list answers for every selector when it parses (the
  // usual case); only a list that fails is taken apart.
  const all = systems.flatMap((s) => s.section.concat(s.form));
  const joined = all.join(', ');
  const invalid = parses(joined) ? null : new Set(all.filter((sel) => !parses(sel)));
  const ok = invalid ? (sel: string) => !invalid.has(sel) : () => true;
  const containers = invalid ? all.filter(ok) : all;
  return new CompiledRules(
    { systems, phrases: sources.phrases ?? RESIDUE_PHRASES, threadWords: sources.threadWords ?? THREAD_WORDS, ok, parses },
    invalid ? containers.join(', ') : joined,
    [NON_BODY_ANCESTORS, ...containers.filter((sel) => !NAME_FRAGMENT.test(sel))].join(', '),
    sources.userRules ?? [],
  );
}
