// Turns the seed text into a Plan. Pure: text in, Plan out, or a PlanParseError that names the
// file and line, so a damaged seed fails the build instead of showing a wrong plan.

import type { Measure, Plan, PlanSection } from '../types';
import { dateNote, ISSUER, PUBLISHED_TITLE, SEED_PATH } from './metadata';
import { readNumber, readSectionNumeral } from './number-words';

export type ParseOptions = {
  /** Name used in error messages. */
  source?: string;
  expectedMeasures?: number;
  expectedSections?: number;
};

export class PlanParseError extends Error {
  override name = 'PlanParseError';
}

type Line = { text: string; offset: number; number: number };

// The web page's trailing widgets, not part of the plan.
const SCRAPE_LINE = /^(Related News|Related Downloads|undefined)$/;
const SECTION_HEADING = /^([IVXL]+|\d+)\. (.+)$/;
const MEASURE_START = /^\(([A-Za-z]+(?:-[A-Za-z]+)?|\d+)\) (.*)$/;
const SENTENCE_END = /[.!?](?=\s|$)/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let number = 1;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(offset, end);
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, offset, number });
    if (newline === -1) break;
    offset = newline + 1;
    number++;
  }
  return lines;
}

function leadSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const source = options.source ?? SEED_PATH;
  const expectedMeasures = options.expectedMeasures ?? 25;
  const expectedSections = options.expectedSections ?? 5;
  const fail = (message: string, line?: Line): never => {
    throw new PlanParseError(`${source}: ${message}${line ? ` at line ${line.number}` : ''}`);
  };

  const all = splitLines(text);
  const scrapeAt = all.findIndex((l) => SCRAPE_LINE.test(l.text));
  const lines = (scrapeAt === -1 ? all : all.slice(0, scrapeAt)).filter((l) => l.text.trim() !== '');

  // Header: headline, "Release Date:" + value, "Source:" + value, then the printed title.
  const headline = lines[0] ?? fail('the text is empty');
  const dateLabel = lines.findIndex((l) => l.text === 'Release Date:');
  if (dateLabel === -1) fail('expected a "Release Date:" line in the header');
  const dateLine = lines[dateLabel + 1] ?? fail('expected a date after "Release Date:"');
  const dateMatch = /^(\d{4}-\d{2}-\d{2})(?: \d{2}:\d{2})?$/.exec(dateLine.text);
  const releaseDate =
    dateMatch?.[1] ?? fail(`expected a date like 2024-03-18 16:38 but found "${dateLine.text}"`, dateLine);
  const sourceLabel = lines[dateLabel + 2];
  if (sourceLabel?.text !== 'Source:')
    fail('expected "Source:" after the release date', sourceLabel ?? dateLine);
  const sourceLine = lines[dateLabel + 3] ?? fail('expected a source after "Source:"');
  const titleLine = lines[dateLabel + 4] ?? fail('expected the title after the source');

  const sections: PlanSection[] = [];
  const measures: Measure[] = [];
  const preamble: string[] = [];
  let lastMeasureLine: Line | undefined;

  const checkHasMeasures = (section: PlanSection | undefined, at: Line | undefined) => {
    if (section && section.index > 1 && section.measures.length === 0) {
      fail(
        `section ${section.numeral} "${section.title}" has no measures (next: ${at ? `line ${at.number}` : 'end of text'})`,
      );
    }
  };

  for (const line of lines.slice(dateLabel + 5)) {
    const current = sections.at(-1);
    const heading = SECTION_HEADING.exec(line.text);
    if (heading) {
      checkHasMeasures(current, line);
      const [, numeral = '', title = ''] = heading;
      const index = sections.length + 1;
      if (readSectionNumeral(numeral) !== index) {
        fail(`expected section ${index} but found "${numeral}."`, line);
      }
      sections.push({ index, numeral: `${numeral}.`, title, body: [], measures: [] });
      continue;
    }

    const start = MEASURE_START.exec(line.text);
    if (start) {
      const [, token = '', body = ''] = start;
      const printed = `(${token})`;
      if (!current) fail(`measure ${printed} appears before the first section`, line);
      const n = readNumber(token) ?? fail(`cannot read the measure number ${printed}`, line);
      const previous = measures.at(-1);
      const expected = (previous?.n ?? 0) + 1;
      if (n !== expected) {
        const after = previous ? `after measure ${previous.printed}` : 'at the first measure';
        const duplicate = measures.some((m) => m.n === n) ? ` (a duplicate of measure ${n})` : '';
        fail(`${after} expected (${expected}) but found ${printed}${duplicate}`, line);
      }
      if (body.trim() === '') fail(`measure ${printed} has no text`, line);
      const offset = line.offset + printed.length + 1;
      measures.push({
        n,
        printed,
        section: current?.index ?? 0,
        lead: leadSentence(body),
        text: body,
        offset,
      });
      current?.measures.push(n);
      lastMeasureLine = line;
      continue;
    }

    if (!current) preamble.push(line.text);
    else if (current.measures.length === 0) current.body.push(line.text);
    else
      fail(
        `unexpected paragraph after measure (${current.measures.at(-1)}): "${line.text.slice(0, 40)}…"`,
        line,
      );
  }

  checkHasMeasures(sections.at(-1), undefined);
  if (preamble.length === 0) fail('expected a preamble between the title and the first section', titleLine);
  if (sections.length !== expectedSections) {
    fail(`expected ${expectedSections} sections but found ${sections.length}`);
  }
  if (measures.length !== expectedMeasures) {
    const last = measures.at(-1);
    fail(
      `expected ${expectedMeasures} measures but found ${measures.length}` +
        (last ? ` (the last is ${last.printed}, line ${lastMeasureLine?.number})` : ''),
    );
  }

  return {
    title: titleLine.text,
    headline: headline.text,
    publishedTitle: PUBLISHED_TITLE,
    issuer: ISSUER,
    releaseDate,
    releaseDatePrinted: dateLine.text,
    printedSource: sourceLine.text,
    dateNote: dateNote(dateLine.text),
    preamble: preamble.join('\n'),
    sections,
    measures,
  };
}
