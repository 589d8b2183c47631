import { describe, expect, it } from 'vitest';
import { pointAt, walkText } from '../../src/core/match/text-walk';

/** A root in the window's own document: happy-dom's ranges work there (in DOMParser documents they read ""). */
function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('walkText', () => {
  it('joins the text of inline elements without separators', () => {
    expect(walkText(dom('<p>The <b>Tali</b><i>ban</i> said</p>')).text).toBe('The Taliban said');
  });

  it('puts "\\n" between blocks so words of different paragraphs never run together', () => {
    expect(walkText(dom('<p>Taliban</p><p>Meduza</p>')).text).toBe('Taliban\nMeduza');
    expect(walkText(dom('<div>one<p>two</p>three</div>')).text).toBe('one\ntwo\nthree');
  });

  it('treats <br> as a break between lines', () => {
    expect(walkText(dom('<p>Taliban<br>Meduza</p>')).text).toBe('Taliban\nMeduza');
    expect(walkText(dom('<p><b>Taliban</b><br><br>Meduza</p>')).text).toBe('Taliban\nMeduza');
  });

  it('skips script, style, form controls, buttons and svg', () => {
    const root = dom(
      '<p>a<script>var x = "Taliban";</script>b<style>.x{}</style>c<textarea>Taliban</textarea>' +
        '<select><option>Taliban</option></select><button>Taliban</button><svg><text>Taliban</text></svg>d</p>',
    );
    expect(walkText(root).text).toBe('abcd');
  });

  it('leaves out elements the caller skips (hidden comment sections)', () => {
    const root = dom('<p>kept</p><div class="comments"><p>Taliban</p></div><p>also kept</p>');
    expect(walkText(root, (el) => el.classList.contains('comments')).text).toBe('kept\nalso kept');
  });

  it('maps each segment back to its text node', () => {
    const index = walkText(dom('<p>ab<em>cd</em></p><p>ef</p>'));
    expect(index.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['ab', 0],
      ['cd', 2],
      ['ef', 5],
    ]);
  });

  it('gives an empty index for an element without text', () => {
    const index = walkText(dom('<img src="x.png">'));
    expect(index).toEqual({ text: '', segments: [] });
  });
});

describe('pointAt', () => {
  const index = walkText(dom('<p>ab<em>cd</em></p><p>ef</p>'));

  it('maps an offset to the node and offset inside it', () => {
    expect(pointAt(index, 3)).toEqual({ node: index.segments[1]!.node, offset: 1 });
    expect(pointAt(index, 0)).toEqual({ node: index.segments[0]!.node, offset: 0 });
  });

  it('maps the start of a node to that node, and an end offset to the end of the node before', () => {
    expect(pointAt(index, 2)).toEqual({ node: index.segments[1]!.node, offset: 0 });
    expect(pointAt(index, 2, true)).toEqual({ node: index.segments[0]!.node, offset: 2 });
  });

  it('maps an offset after a block break to the next paragraph', () => {
    expect(pointAt(index, 5)).toEqual({ node: index.segments[2]!.node, offset: 0 });
    expect(pointAt(index, 7, true)).toEqual({ node: index.segments[2]!.node, offset: 2 });
  });

  it('builds ranges whose text is the matched text', () => {
    const doc = index.segments[0]!.node.ownerDocument;
    const start = pointAt(index, 1)!;
    const end = pointAt(index, 4, true)!;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe(index.text.slice(1, 4));
  });

  it('returns null for an empty index', () => {
    expect(pointAt({ text: '', segments: [] }, 0)).toBeNull();
  });
});

describe('rangeFor', () => {
  it('maps joined-text offsets back to a DOM range across inline elements', async () => {
    const { rangeFor } = await import('../../src/core/match/text-walk');
    const index = walkText(dom('<p>The <b>Taliban</b> movement</p><p>Next</p>'));
    const start = index.text.indexOf('Taliban movement');
    const range = rangeFor(index, start, start + 'Taliban movement'.length)!;
    expect(range.toString()).toBe('Taliban movement');
    const next = index.text.indexOf('Next');
    expect(rangeFor(index, next, next + 4)!.toString()).toBe('Next');
  });
});
