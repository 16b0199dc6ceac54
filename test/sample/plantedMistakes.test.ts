/**
 * The sample is the product's showcase: the engine must find exactly the
 * planted mistakes (rule, cell, severity, indicator, expected/actual) and
 * nothing else — on the pure data the preview loads and on the .xlsx file
 * `allocheck demo` writes.
 */
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook } from "../../src/core/check";
import type { Report } from "../../src/core/model/report";
import { buildSampleSpec, buildSampleWorkbookData, PLANTED_FINDINGS } from "../../src/sample";
import { SAMPLE_PLAN_LINES } from "../../src/sample/kh257Data";
import { makeTempDir } from "../helpers/xlsxFixture";

interface Key {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly indicator: string | null;
}

function key(f: Key): string {
  return `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? "-"} [${f.indicator ?? "-"}]`;
}

function expectPlantedOnly(report: Report): void {
  const found = report.findings.map(key).sort();
  const planted = PLANTED_FINDINGS.map(key).sort();
  expect(found).toEqual(planted);
  for (const p of PLANTED_FINDINGS) {
    const f = report.findings.find((x) => key(x) === key(p));
    if (p.expected !== undefined) expect({ at: key(p), expected: f?.expected }).toEqual({ at: key(p), expected: p.expected });
    if (p.actual !== undefined) expect({ at: key(p), actual: f?.actual }).toEqual({ at: key(p), actual: p.actual });
  }
}

function expectIndicators(report: Report): void {
  expect(report.allocationSheet).toBe("Phân bổ");
  expect(report.orientation).toBe("areas-as-rows");
  expect(report.planSource).toBe("sheet:Kế hoạch");
  const byCode = new Map(report.indicators.map((i) => [i.code, i]));
  expect([...byCode.keys()].sort()).toEqual(SAMPLE_PLAN_LINES.map((l) => l.code).sort());
  // Every line but the over-allocated one is allocated exactly to its target.
  for (const line of SAMPLE_PLAN_LINES) {
    const result = byCode.get(line.code);
    const scale = line.unit.includes("đồng") ? 1e6 : 1;
    expect({ code: line.code, target: result?.target }).toEqual({ code: line.code, target: line.target * scale });
    const allocated = line.code === "5" ? 64 : line.target * scale;
    expect({ code: line.code, allocated: result?.allocated }).toEqual({ code: line.code, allocated });
    expect({ code: line.code, status: result?.status }).toEqual({ code: line.code, status: line.code === "5" ? "over" : "ok" });
  }
}

describe("the sample's planted mistakes", () => {
  test("are found exactly, and nothing else, in the data the preview loads", () => {
    const { report } = checkWorkbook(buildSampleWorkbookData(), { workbookName: "mau.xlsx" });
    expectIndicators(report);
    expectPlantedOnly(report);
  });

  test("are found exactly, and nothing else, in the .xlsx file allocheck demo writes", async () => {
    const path = join(makeTempDir("allocheck-sample-"), "mau.xlsx");
    await writeWorkbookSpec(buildSampleSpec(), path);
    const { report } = checkWorkbook(await readWorkbookFile(path), { workbookName: "mau.xlsx" });
    expectIndicators(report);
    expectPlantedOnly(report);
  });
});
