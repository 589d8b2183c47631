// Reads schema.org JSON-LD blocks into a flat list of nodes (arrays and @graph unrolled).
// Broken JSON in one block is skipped: pages ship invalid JSON-LD often enough.

export type JsonLdNode = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // A loose attribute query (measured faster in Chromium than walking document.scripts), then the exact test.
  for (const script of doc.querySelectorAll('script[type*="ld+json"]')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(unwrap(script.textContent ?? ''));
    } catch {
      continue;
    }
    collect(data, nodes, 0);
  }
  return nodes;
}

/**
 * Some CMSs wrap the JSON in <![CDATA[ ... ]]> or an HTML comment, and some end it with a semicolon. Only the
 * two ends are looked at: an expression anchored at the end would try every position of a long block.
 */
function unwrap(text: string): string {
  let t = text.trim();
  if (t.startsWith('<![CDATA[')) t = t.slice(9);
  else if (t.startsWith('<!--')) t = t.slice(4);
  if (t.endsWith(']]>') || t.endsWith('-->')) t = t.slice(0, -3).trimEnd();
  return t.endsWith(';') ? t.slice(0, -1) : t;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4 || out.length > 200) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    out.push(node);
    if (node['@graph']) collect(node['@graph'], out, depth + 1);
    if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, out, depth + 1);
  }
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return decodeEntities(value.trim()) || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return stringOf(o.name ?? o['@value'] ?? null);
  }
  return null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', laquo: '«', raquo: '»', mdash: '—', ndash: '–',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„',
};

/**
 * JSON strings are not HTML, yet many sites write HTML-escaped text into JSON-LD ("дело &quot;минера&quot;"):
 * the common named entities and every numeric one are decoded; anything else stays as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec, hex, name) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
