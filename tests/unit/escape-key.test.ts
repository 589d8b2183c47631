// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageUsesEscape, watchEscape } from '../../src/extension/escape-key';

// Esc on the page collapses the sidebar only where the page has no use of its own for the key.

function press(target: EventTarget, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

let stop = new AbortController();
afterEach(() => {
  stop.abort();
  stop = new AbortController();
});

function listen(): { collapsed: () => number } {
  let count = 0;
  watchEscape((handler) => window.addEventListener('keydown', handler, { signal: stop.signal }), document, () => (count++, true));
  return { collapsed: () => count };
}

describe('Esc on the page', () => {
  it('collapses the sidebar from the page body and takes the key', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const { collapsed } = listen();
    const event = press(document.getElementById('p')!);
    expect(collapsed()).toBe(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves the key to the page in fields, editable regions, open dialogs and handlers that took it', () => {
    document.body.innerHTML = '<input id="i"><div contenteditable="true"><span id="e">x</span></div><textarea id="t"></textarea>';
    expect(pageUsesEscape(new KeyboardEvent('keydown', { key: 'Escape' }), document)).toBe(false);
    const { collapsed } = listen();
    for (const id of ['i', 'e', 't']) press(document.getElementById(id)!);
    expect(collapsed()).toBe(0);
    document.getElementById('i')!.addEventListener('keydown', (e) => e.preventDefault());
    document.body.insertAdjacentHTML('beforeend', '<p id="q">Text</p><dialog open id="d">Modal</dialog>');
    press(document.getElementById('q')!);
    expect(collapsed()).toBe(0);
    document.getElementById('d')!.remove();
    const taken = document.getElementById('q')!;
    taken.addEventListener('keydown', (e) => e.preventDefault());
    press(taken);
    expect(collapsed()).toBe(0);
  });

  it('ignores other keys and a key pressed while composing text', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const { collapsed } = listen();
    press(document.getElementById('p')!, { key: 'Enter' });
    press(document.getElementById('p')!, { isComposing: true });
    expect(collapsed()).toBe(0);
  });

  it('reads the document through its prototype: a named element shadowing querySelectorAll does not break it', () => {
    document.body.innerHTML = '<form name="querySelectorAll"></form><p id="p">Text</p>';
    const { collapsed } = listen();
    press(document.getElementById('p')!);
    expect(collapsed()).toBe(1);
  });
});
