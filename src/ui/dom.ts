// A tiny element builder: the UI is made of DOM nodes, never of HTML strings.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function externalLink(title: string, url: string): HTMLAnchorElement {
  const safe = /^https:\/\//i.test(url) ? url : undefined;
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, title);
}
