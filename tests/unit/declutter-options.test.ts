import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/extension/settings-schema';
import { checkRules, type HidingStore, renderHidingOptions } from '../../src/ui/hiding-options';

// The options page's Hiding section, against an in-memory store.

function store(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...defaultSettings(), ...initial };
  const s: HidingStore & { saved: unknown[] } = {
    saved: [],
    load: async () => settings,
    save: async (patch) => {
      s.saved.push(patch);
      settings = { ...settings, ...patch };
      return settings;
    },
  };
  return s;
}

async function mount(s: HidingStore) {
  const section = renderHidingOptions(s);
  document.body.replaceChildren(section);
  await vi.waitFor(() => expect(section.dataset.ready).toBe('true'));
  return section;
}

describe('renderHidingOptions', () => {
  it('shows the stored level and rules, and lists bad lines with their numbers', async () => {
    const section = await mount(store({ level: 'form', userRules: '##.ok\n##div:has-text(/x/)\n##div[' }));
    expect((section.querySelector('#level-form') as HTMLInputElement).checked).toBe(true);
    expect((section.querySelector('#user-rules') as HTMLTextAreaElement).value).toContain('##.ok');
    const errors = Array.from(section.querySelectorAll('.rule-error')).map((li) => li.textContent);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Line 2: .*regular expressions are not supported/);
    expect(errors[1]).toMatch(/^Line 3: .*not a valid CSS selector/);
    expect(section.querySelector('#rule-summary')!.textContent).toBe('1 rule, 2 lines ignored.');
  });

  it('saves the rules (bad lines included, they are ignored when applied) and the level', async () => {
    const s = store();
    const section = await mount(s);
    const textarea = section.querySelector('#user-rules') as HTMLTextAreaElement;
    textarea.value = '##.poll\nnot a rule';
    textarea.dispatchEvent(new Event('input'));
    (section.querySelector('#save-rules') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(s.saved).toEqual([{ userRules: '##.poll\nnot a rule' }]));
    expect(section.querySelector('#hiding-status')!.textContent).toContain('1 rule will apply');
    const form = section.querySelector('#level-form') as HTMLInputElement;
    form.checked = true;
    form.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(s.saved).toContainEqual({ level: 'form' }));
  });
});

describe('checkRules', () => {
  it('rejects text over the size limit without parsing it', () => {
    expect(checkRules('!'.repeat(100_001)).errors[0]!.reason).toContain('longer than');
  });
});
