// A small RFC 4180 reader for the tests that read the CSV downloads back: written apart from the
// writer (src/data/tables/csv.ts), so a test does not check the writer against itself.

/** RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

/** Rows as objects keyed by the header; throws if a row has a different number of fields. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  for (const r of rows)
    if (r.length !== header.length) throw new Error(`a row of ${r.length} fields, not ${header.length}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
