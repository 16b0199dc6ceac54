/**
 * Invariants of the check, as properties over generated tables in both
 * orientations (fast-check, seeded): the totals are the plain sum of the
 * leaves; a table with nothing planted yields no error; reordering the rows
 * (columns) or writing the names in another Unicode form (NFD) changes no
 * finding.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/model/finding";
import { cleanTable, plainTotals, plantedTable, shuffled, tableWorkbook, type Table } from "./tables";

const SEED = Number(process.env.PROPERTY_SEED ?? 13013);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

function check(table: Table, form: "NFC" | "NFD" = "NFC") {
  return checkWorkbook(tableWorkbook(table, form), { workbookName: "property.xlsx" }).report;
}

/** A finding without its place (rows move when reordered), its area compared in NFC. */
function key(x: Finding): string {
  return JSON.stringify([x.rule, x.severity, x.sheet, x.indicator, x.area?.normalize("NFC") ?? null, x.expected, x.actual]);
}
const keys = (findings: readonly Finding[]) => findings.map(key).sort();

describe("invariants of the check over generated tables (both orientations)", () => {
  test("the totals equal a plain sum of the leaves; orientation found", () => {
    fc.assert(
      fc.property(plantedTable, (table) => {
        const report = check(table);
        const totals = plainTotals(table);
        expect(report.orientation).toBe(table.rowsAsAreas ? "areas-as-rows" : "indicators-as-rows");
        expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
          ["1", totals.count],
          ["2", totals.money * 1_000_000],
        ]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("nothing planted: no error, and no finding but a gap still to allocate", () => {
    fc.assert(
      fc.property(cleanTable, (table) => {
        const report = check(table);
        expect(report.counts.error).toBe(0);
        for (const x of report.findings) expect([x.rule, x.severity]).toEqual(["ceiling", "warning"]);
        const gaps = report.findings.map((x) => x.indicator).sort();
        const expected = [table.slack[0] > 0 ? "1" : null, table.slack[1] > 0 ? "2" : null].filter((c) => c !== null);
        expect(gaps).toEqual(expected);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  test("planted problems are found: each text number gets its warning, an over-allocation its error", () => {
    fc.assert(
      fc.property(plantedTable, (table) => {
        const report = check(table);
        const texts = table.districts.flatMap((d) => d.communes).filter((c) => c.countAsText).length;
        expect(report.findings.filter((x) => x.rule === "text-number").length).toBe(texts);
        const over = report.findings.some((x) => x.rule === "ceiling" && x.severity === "error");
        expect(over).toBe(table.slack[0] < 0 && plainTotals(table).count > 0);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  test("reordering the districts and the communes changes no finding", () => {
    fc.assert(
      fc.property(
        plantedTable.chain((table) => fc.tuple(fc.constant(table), shuffled(table))),
        ([table, reordered]) => {
          expect(keys(check(reordered).findings)).toEqual(keys(check(table).findings));
        },
      ),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });

  test("names written in NFD instead of NFC change no finding and no total", () => {
    fc.assert(
      fc.property(plantedTable, (table) => {
        const nfc = check(table, "NFC");
        const nfd = check(table, "NFD");
        expect(keys(nfd.findings)).toEqual(keys(nfc.findings));
        expect(nfd.indicators.map((i) => i.allocated)).toEqual(nfc.indicators.map((i) => i.allocated));
      }),
      { seed: SEED + 4, numRuns: RUNS },
    );
  });
});
