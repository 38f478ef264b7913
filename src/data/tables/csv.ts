// CSV as RFC 4180 writes it (CRLF between records, a field quoted when it holds a comma, a quote or a
// line break, quotes doubled inside), led by a UTF-8 byte-order mark: without it Excel reads the
// file in the machine's legacy code page and the Chinese names come out garbled.

export type Cell = string | number | null | undefined;

/** The byte-order mark, as the first character of the text (the encoder writes it as EF BB BF). */
export const BOM = '\uFEFF';

export function csvField(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the records, as the text of a .csv file (BOM first, CRLF after every record). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Several values in one cell: "a; b; c". */
export const joinList = (values: readonly (string | number)[]) => values.join('; ');
