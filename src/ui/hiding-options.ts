import { type FilterError, parseCosmeticFilters, selectorValidator } from '../core/declutter/cosmetic-filter';
import type { HideLevel } from '../core/declutter/plan';
import { MAX_USER_RULES_CHARS, type Settings } from '../extension/settings-schema';
import { h } from './dom';

// The options page's "Hiding" section: how much to hide (the comment form only, or the whole comment
// section) and the user's own rules in uBlock Origin cosmetic syntax, checked as they are typed: every bad
// line is listed with its number and reason; the good lines still apply.

export interface HidingStore {
  load(): Promise<Settings>;
  save(patch: Partial<Pick<Settings, 'level' | 'userRules'>>): Promise<Settings>;
}

const LEVELS: { value: HideLevel; label: string; hint: string }[] = [
  { value: 'section', label: 'The whole comment section', hint: 'comments, their heading and the form (default)' },
  { value: 'form', label: 'The comment form only', hint: 'keep the comments visible' },
];

const EXAMPLE = `! Lines starting with ! are notes.
##.reader-poll
example.com##.comments-teaser
example.com#@#.comments-teaser
##div.box:has-text(Join the discussion)`;

export interface RuleCheck {
  rules: number;
  errors: FilterError[];
}

/** Checks rules text the way the content script will read it. */
export function checkRules(text: string, doc: Document = document): RuleCheck {
  if (text.length > MAX_USER_RULES_CHARS)
    return { rules: 0, errors: [{ line: 0, text: '', reason: `the rules are longer than ${MAX_USER_RULES_CHARS} characters` }] };
  const { rules, errors } = parseCosmeticFilters(text, selectorValidator(doc));
  return { rules: rules.length, errors };
}

export function renderHidingOptions(store: HidingStore): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', id: 'hiding-status' });
  const say = (text: string) => (status.textContent = text);

  const radios = LEVELS.map((l) =>
    h('input', { type: 'radio', name: 'level', value: l.value, id: `level-${l.value}` }),
  );
  const levels = h('fieldset', { class: 'levels' },
    h('legend', {}, 'On article pages, hide'),
    ...LEVELS.map((l, i) => h('label', { for: `level-${l.value}` }, radios[i]!, ` ${l.label} `, h('small', {}, `(${l.hint})`))),
  );

  const textarea = h('textarea', {
    id: 'user-rules',
    rows: '12',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    'aria-describedby': 'user-rules-help rule-errors',
    placeholder: EXAMPLE,
  });
  const summary = h('p', { class: 'rule-summary', id: 'rule-summary' });
  const errorList = h('ol', { class: 'rule-errors', id: 'rule-errors', 'aria-live': 'polite' });
  const save = h('button', { type: 'button', id: 'save-rules' }, 'Save rules');

  const showCheck = () => {
    const check = checkRules(textarea.value);
    summary.textContent = `${check.rules} rule${check.rules === 1 ? '' : 's'}${check.errors.length ? `, ${check.errors.length} line${check.errors.length === 1 ? '' : 's'} ignored` : ''}.`;
    errorList.replaceChildren(
      ...check.errors.map((e) =>
        h('li', { class: 'rule-error', 'data-line': String(e.line) },
          h('strong', {}, e.line ? `Line ${e.line}: ` : 'All rules: '),
          e.reason,
          e.text ? h('code', {}, e.text) : null,
        ),
      ),
    );
    return check;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(showCheck, 250);
    say('');
  });

  save.addEventListener('click', async () => {
    clearTimeout(timer);
    const check = showCheck();
    if (textarea.value.length > MAX_USER_RULES_CHARS) {
      say('Not saved: the rules are too long.');
      return;
    }
    await store.save({ userRules: textarea.value });
    say(`Saved. ${check.rules} rule${check.rules === 1 ? '' : 's'} will apply when a page is loaded${check.errors.length ? '; the lines listed above are ignored' : ''}.`);
  });

  radios.forEach((radio) =>
    radio.addEventListener('change', async () => {
      if (!radio.checked) return;
      await store.save({ level: radio.value as HideLevel });
      say('Saved. Pages loaded from now on use the new choice.');
    }),
  );

  const section = h('section', { class: 'options-section', id: 'hiding', 'aria-labelledby': 'hiding-title' },
    h('h2', { id: 'hiding-title' }, 'Hiding'),
    levels,
    h('h3', {}, h('label', { for: 'user-rules' }, 'Your hiding rules')),
    h('div', { class: 'help', id: 'user-rules-help' },
      h('p', {}, 'One rule per line, in a subset of uBlock Origin\'s cosmetic filter syntax. Whatever a rule selects still passes the guard: a rule never hides the article.'),
      h('ul', {},
        h('li', {}, h('code', {}, '##selector'), ': hide what the CSS selector matches, on every site'),
        h('li', {}, h('code', {}, 'example.com##selector'), ': only on example.com and its subdomains (several sites: a.com,b.org; exclude one: ~m.a.com)'),
        h('li', {}, h('code', {}, 'example.com#@#selector'), ': exception, cancels the same rule on that site'),
        h('li', {}, h('code', {}, '##selector:has-text(text)'), ': only elements whose text contains the text (plain text, case-sensitive; no regular expressions)'),
        h('li', {}, h('code', {}, '! note'), ': a comment line'),
      ),
    ),
    textarea,
    h('div', { class: 'actions' }, save),
    summary,
    errorList,
    status,
  );

  void store.load().then((settings) => {
    for (const radio of radios) radio.checked = radio.value === settings.level;
    textarea.value = settings.userRules;
    showCheck();
    section.dataset.ready = 'true';
  });
  return section;
}
