// @vitest-environment jsdom
// jsdom here: DOMPurify misbehaves under happy-dom.
import { describe, expect, it } from 'vitest';
import { sanitizeInline } from '../../src/ui/sanitize';

function html(input: string): string {
  const div = document.createElement('div');
  div.append(sanitizeInline(input));
  return div.innerHTML;
}

describe('sanitizeInline', () => {
  it('keeps plain text and the allowed inline tags', () => {
    expect(html('Banned <em>since</em> <strong>2003</strong>, see <cite>the ruling</cite>.<br>Law <code>35-FZ</code>')).toBe(
      'Banned <em>since</em> <strong>2003</strong>, see <cite>the ruling</cite>.<br>Law <code>35-FZ</code>',
    );
  });

  it('escapes text rather than interpreting it', () => {
    expect(html('a &lt;b&gt; &amp; c')).toBe('a &lt;b&gt; &amp; c');
  });

  it('removes scripts, event handlers, styles and iframes', () => {
    const out = html('<script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="alert(3)" style="color:red">bold</b><iframe src="https://x.example/"></iframe>');
    expect(out).toBe('<b>bold</b>');
  });

  it('keeps the text of tags it does not allow', () => {
    expect(html('<p>One <span class="x">two</span></p><div>three</div>')).toBe('One twothree');
  });

  it('keeps https links, opening in a new tab without an opener', () => {
    const div = document.createElement('div');
    div.append(sanitizeInline('<a href="https://en.wikipedia.org/wiki/Meduza" title="Wiki">Meduza</a>'));
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Meduza');
    expect(a.getAttribute('title')).toBe('Wiki');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('removes the href of links that are not https', () => {
    for (const href of ['javascript:alert(1)', 'http://example.org/', 'data:text/html,<script>alert(1)</script>', '/relative', 'JaVaScRiPt:alert(1)']) {
      const div = document.createElement('div');
      div.append(sanitizeInline(`<a href="${href}">x</a>`));
      const a = div.querySelector('a')!;
      expect(a.hasAttribute('href'), href).toBe(false);
      expect(a.hasAttribute('target'), href).toBe(false);
      expect(a.textContent).toBe('x');
    }
  });

  it('drops attributes outside the allowlist, including a target set by the pack', () => {
    const div = document.createElement('div');
    div.append(sanitizeInline('<a href="https://x.example/" target="_self" rel="opener" id="y" class="z">x</a>'));
    expect(div.innerHTML).toBe('<a href="https://x.example/" target="_blank" rel="noopener noreferrer">x</a>');
  });

  it('returns nodes owned by the target document', () => {
    const other = document.implementation.createHTMLDocument('other');
    const fragment = sanitizeInline('<em>x</em>', other);
    expect(fragment.ownerDocument).toBe(other);
    expect(fragment.firstChild?.ownerDocument).toBe(other);
  });

  it('cleans the same way on repeated calls', () => {
    expect(html('<a href="javascript:x">a</a>')).toBe('<a>a</a>');
    expect(html('<a href="javascript:x">a</a>')).toBe('<a>a</a>');
  });
});
