import { type FilterError, parseCosmeticFilters, selectorValidator } from '../core/declutter/cosmetic-filter';
import type { HideLevel } from '../core/declutter/plan';
import { MAX_USER_RULES_CHARS, type Settings } from '../extension/settings-schema';
import { h } from './dom';
import type { Messages } from './i18n';
import { en } from './i18n/en';

// The options page's "Hiding" section: how much to hide (the comment form only, or the whole comment
// section) and the user's own rules in uBlock Origin cosmetic syntax, checked as they are typed: every bad
// line is listed with its number and reason; the good lines still apply.

export interface HidingStore {
  load(): Promise<Settings>;
  save(patch: Partial<Pick<Settings, 'level' | 'userRules'>>): Promise<Settings>;
}

const levels = (t: Messages): { value: HideLevel; label: string; hint: string }[] => [
  { value: 'section', label: t.levelSection, hint: t.levelSectionHint },
  { value: 'form', label: t.levelForm, hint: t.levelFormHint },
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

export function renderHidingOptions(store: HidingStore, t: Messages = en): HTMLElement {
  const LEVELS = levels(t);
  const status = h('p', { class: 'status', role: 'status', id: 'hiding-status' });
  const say = (text: string) => (status.textContent = text);

  const radios = LEVELS.map((l) =>
    h('input', { type: 'radio', name: 'level', value: l.value, id: `level-${l.value}` }),
  );
  const levelSet = h('fieldset', { class: 'levels' },
    h('legend', {}, t.hidingLegend),
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
  const save = h('button', { type: 'button', id: 'save-rules' }, t.saveRules);

  const showCheck = () => {
    const check = checkRules(textarea.value);
    summary.textContent = t.rulesSummary(check.rules, check.errors.length);
    errorList.replaceChildren(
      ...check.errors.map((e) =>
        h('li', { class: 'rule-error', 'data-line': String(e.line) },
          h('strong', {}, e.line ? t.ruleLine(e.line) : t.allRules),
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
      say(t.rulesTooLong);
      return;
    }
    await store.save({ userRules: textarea.value });
    say(t.rulesSaved(check.rules, check.errors.length));
  });

  radios.forEach((radio) =>
    radio.addEventListener('change', async () => {
      if (!radio.checked) return;
      await store.save({ level: radio.value as HideLevel });
      say(t.packSaved);
    }),
  );

  const section = h('section', { class: 'options-section', id: 'hiding', 'aria-labelledby': 'hiding-title' },
    h('h2', { id: 'hiding-title' }, t.hidingTitle),
    levelSet,
    h('h3', {}, h('label', { for: 'user-rules' }, t.rulesTitle)),
    h('div', { class: 'help', id: 'user-rules-help' },
      h('p', {}, t.rulesHelp),
      h('ul', {}, ...t.rulesSyntax.map(([code, text]) => h('li', {}, h('code', {}, code), text))),
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
