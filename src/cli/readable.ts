import { textIn } from '../core/glossary/local-text';
import type { PageReport } from '../core/report';
import { formatDate, messages } from '../ui/i18n';
import { statusText } from '../ui/status-text';

// The report as text, with the sections and the words of the sidebar in English: labels with the entity each
// refers to, notes with their status then and now, translation slips, and what was hidden, with the sidebar's
// mention counts (the mentions a reader can step through).

const t = messages('en');

export function readable(r: PageReport, mentions: Record<string, number>): string {
  const lines: string[] = [];
  const signals = r.article.signals.map((s) => `${s.name}${s.detail ? `=${s.detail}` : ''} ${s.weight > 0 ? '+' : ''}${s.weight}`).join(', ');
  lines.push(`Article: ${r.article.isArticle ? 'yes' : 'no'} (confidence ${r.article.confidence}; ${signals || 'no signals'})`);
  if (r.meta.title) lines.push(`Title: ${r.meta.title}`);
  lines.push(`Language: ${r.meta.lang ?? 'unknown'}   Published: ${r.meta.published ?? 'unknown'}   Outlet: ${r.meta.outlet ?? 'unknown'}`);

  const labels = new Map(r.labels.map((l) => [l.id, l]));
  const labelled = r.notes.filter((n) => n.labels.length);
  if (labelled.length) {
    lines.push('', `${t.sectionLabels}:`);
    for (const n of labelled) {
      for (const id of n.labels) {
        const label = labels.get(id);
        if (!label) continue;
        lines.push(`  - ${textIn(label.title, 'en')} (${label.type}, ${label.occurrences}x)`, `      ${t.labelRefersTo}: ${n.unlisted?.reason === 'unnamed' ? t.unnamedTitle : n.title}`);
        for (const p of label.printed ?? []) lines.push(`      ${t.asPrinted}: “${p}”`);
        lines.push(`      ${t.law}: ${textIn(label.law, 'en')}`, `      ${plain(textIn(label.explanation, 'en'))}`);
        if (label.sources.length) lines.push(`      ${t.sources}: ${label.sources.map((s) => `${s.title} <${s.url}>`).join('; ')}`);
      }
    }
  }

  lines.push('', `${t.sectionNotes}: ${r.notes.length || t.noNotes}`);
  for (const n of r.notes) {
    lines.push(`  - ${n.title} (${t.kind[n.kind] ?? n.kind}, ${t.mentions(mentions[n.id] ?? 0)})${n.labels.length ? ` [labels: ${n.labels.join(', ')}]` : ''}`);
    if (n.kind !== 'unlisted' && n.summary) lines.push(`      ${plain(textIn(n.summary, 'en'))}`);
    else if (n.kind === 'unlisted') {
      const checked = n.unlisted?.checked && { list: textIn(n.unlisted.checked.list, 'en'), asOf: formatDate(n.unlisted.checked.asOf, 'en') };
      lines.push(`      ${t.unlistedSummary(n.labels.map((l) => textIn(labels.get(l)?.title, 'en') || l).join(', '), n.unlisted?.reason ?? 'not-in-packs', n.unlisted?.knownAs, checked)}`);
    }
    const now = n.dataAsOf ? t.nowAsOf(formatDate(n.dataAsOf, 'en')) : t.now;
    for (const s of n.status) {
      lines.push(`      ${t.list}: ${textIn(s.list, 'en')}`);
      lines.push(`        ${t.atPublication}: ${s.stateAtPublication ? statusText(s, s.stateAtPublication, t, 'en') : t.noDate}`);
      lines.push(`        ${now}: ${statusText(s, s.stateNow, t, 'en')}`);
    }
    if (n.sources.length) lines.push(`      ${t.sources}: ${n.sources.map((s) => `${s.title} <${s.url}>`).join('; ')}`);
  }

  if (r.translations.length) {
    lines.push('', `${t.sectionTranslations}:`);
    for (const tr of r.translations) {
      lines.push(`  - “${tr.phrase}” (${t.mentions(mentions[`translation:${tr.id}`] ?? 0)})`, `      ${t.translationMeaning}: ${plain(textIn(tr.meaning, 'en'))}`, `      ${t.translationContext(tr.context.join(', '))}`);
    }
  }

  lines.push('', `${t.sectionHidden}: ${r.hidden.length}`);
  for (const h of r.hidden) lines.push(`  - ${t.hiddenKind(h.kind, h.posts)} (${t.systemNames[h.system] ?? h.name}; ${h.system}, ${h.chars} chars): ${h.text || t.noText}`);
  for (const x of r.refused) lines.push(`  not hidden, ${x.system}: ${x.reason}: ${x.text}`);
  return `${lines.join('\n')}\n`;
}

/** Pack text may carry inline markup (<em>, <a>): the terminal gets its text. */
function plain(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
