import type { RegisterKind } from './build-register-pack';

// The ministry's own export of a register, as CSV (UTF-8, a header row, ";" or "," between fields, quotes as
// in RFC 4180), read into the rows of the ../shared/registers layout. Columns are found by words of their
// headers, so reordered or renamed columns still read:
//   n         "№", "№ п/п", "n"
//   name      a header with "наименование" or "ФИО" (or "name")
//   included  "…включ…" (foreign agents), "…включ…" / "…внес…" / "…перечень…" (undesirable)
//   excluded  "…исключ…"
//   resources "…ресурс…" or "…сайт…": web addresses, split at spaces, commas and semicolons
//   decided   (undesirable) "…прокур…": the Prosecutor General's decision
//   law       (foreign agents) "…основание…" or "…закон…": the legal basis of inclusion
// Dates may be DD.MM.YYYY or YYYY-MM-DD; the first date in a cell is taken ("решение от 26.04.2017 № 12").
// A row with a birth date, tax or insurance number ("…рожд…", "ИНН", "СНИЛС") is a person; those values are
// read only to tell persons from organisations and never kept.

export type CsvResult = { rows: Record<string, unknown>[] } | { errors: string[] };

export function rowsFromMinistryCsv(kind: RegisterKind, text: string): CsvResult {
  const table = parseCsv(text.replace(/^\uFEFF/, ''));
  const [header, ...body] = table;
  if (!header?.length) return { errors: ['the CSV file has no header row'] };
  const low = header.map((h) => h.toLowerCase().trim());
  const col = (test: (h: string) => boolean) => low.findIndex(test);
  const columns = {
    n: col((h) => h.startsWith('№') || h === 'n'),
    name: col((h) => h.includes('наименование') || h.includes('фио') || h === 'name'),
    included: col((h) => !h.includes('исключ') && (h.includes('включ') || (kind === 'undesirable' && (h.includes('внес') || h.includes('перечень') || h.includes('минюст')))) || h === 'included'),
    excluded: col((h) => h.includes('исключ') || h === 'excluded'),
    resources: col((h) => h.includes('ресурс') || h.includes('сайт') || h === 'resources'),
    decided: kind === 'undesirable' ? col((h) => h.includes('прокур') || h === 'decided') : -1,
    law: col((h) => h.includes('основан') || h.includes('закон') || h === 'law'),
  };
  const personal = low.map((h, i) => (h.includes('рожд') || h.includes('инн') || h.includes('снилс') ? i : -1)).filter((i) => i >= 0);
  const missing = (['n', 'name', 'included'] as const).filter((c) => columns[c] < 0);
  if (missing.length) return { errors: missing.map((c) => `no column for ${c} (see src/cli/register/ministry-csv.ts for the headers read)`) };

  const rows = body
    .filter((cells) => cells.some((c) => c.trim()))
    .map((cells) => {
      const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
      const row: Record<string, unknown> = {
        n: Number(cell(columns.n).replace(/\D+$/, '')),
        name: cell(columns.name).replace(/\s+/g, ' '),
        included: dateIn(cell(columns.included)),
        excluded: dateIn(cell(columns.excluded)) ?? null,
      };
      if (kind === 'foreign-agents') {
        row.kind = personal.some((i) => cell(i)) ? 'person' : 'organization';
        row.resources = cell(columns.resources).split(/[\s,;]+/).filter((r) => /^https?:\/\//.test(r));
        row.law = cell(columns.law) || null;
      } else {
        row.decided = dateIn(cell(columns.decided)) ?? null;
      }
      return row;
    });
  return { rows };
}

/** The first date in a cell, as YYYY-MM-DD; the cell as it is when it holds text but no date (the builder refuses it). */
function dateIn(cell: string): string | undefined {
  if (!cell) return undefined;
  const iso = cell.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return iso[0];
  const dmy = cell.match(/\b(\d{2})\.(\d{2})\.(\d{4})\b/);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : cell;
}

/** RFC 4180 with the separator guessed from the header line (";" in Russian spreadsheet exports, else ","). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
