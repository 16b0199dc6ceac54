/** The extracted plan as a Plan and as `Kế hoạch` sheet rows that allocheck's plan-sheet reader accepts. */
import { extractedPlanToPlan, extractedPlanToSheetRows, extractPlan, PLAN_SHEET_HEADERS } from "../../src/extract";
import { readPlanFromWorkbook } from "../../src/core/plan";
import type { WorkbookData } from "../../src/core/model/workbook";
import { seedText } from "./seedText";

describe("extractedPlanToPlan", () => {
  const extracted = extractPlan(seedText("000_"));
  const plan = extractedPlanToPlan(extracted, "257.txt");

  test("lines in base units with default rules, scales and parents", () => {
    expect(plan.source).toBe("file:257.txt");
    expect([plan.number, plan.date]).toEqual(["257/KH-UBND", "2022-10-03"]);
    expect(plan.lines).toHaveLength(17);
    const byCode = new Map(plan.lines.map((l) => [l.code, l]));
    expect(byCode.get("1")).toMatchObject({ kind: "count", unit: "tổ", target: 14, rule: "<=", scale: 1, quota: 1 });
    expect(byCode.get("4")).toMatchObject({ kind: "percent", target: 15, rule: ">=" });
    expect(byCode.get("KP")).toMatchObject({ kind: "money", target: 9_490_000_000, scale: 1e9, rule: "<=" });
    expect(byCode.get("KP")?.parentCode).toBeUndefined();
    expect(byCode.get("KP.5")).toMatchObject({ parentCode: "KP", scale: 1e6, target: 500_000_000 });
    expect(byCode.get("1")?.source).toEqual({ note: "line 30" });
    const children = plan.lines.filter((l) => l.parentCode === "KP");
    expect(children.reduce((s, l) => s + l.target, 0)).toBe(byCode.get("KP")?.target);
    expect(plan.areas).toHaveLength(14);
    expect(plan.areas[0]).toEqual({ district: "Ba Vì", commune: "Khánh Thượng", source: { note: "line 23" } });
  });
});

describe("extractedPlanToSheetRows", () => {
  const extracted = extractPlan(seedText("000_"));
  const rows = extractedPlanToSheetRows(extracted);

  test("header, one row per line in the unit written, blank row, areas; all rows as wide as the header", () => {
    expect(rows[0]).toEqual([...PLAN_SHEET_HEADERS]);
    expect(rows[0]).toEqual(["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "So sánh", "Định mức"]);
    expect(rows[1]).toEqual(["1", "Tổ truyền thông cộng đồng được thành lập mới", "tổ", 14, "<=", 1]);
    expect(rows[4]).toEqual(["4", "Hỗ trợ giới thiệu thành viên của Tổ hiện có tiếp cận với các định chế tài chính chính thức", "%", 15, ">=", null]);
    expect(rows[12]).toEqual(["KP", "Tổng kinh phí", "tỷ đồng", 9.49, "<=", null]);
    expect(rows[15]).toEqual(["KP.3", "Xây dựng nhà tạm lánh, địa chỉ tin cậy tại cộng đồng", "tỷ đồng", 3.29, "<=", null]);
    expect(rows[17]).toEqual(["KP.5", "Tổ chức dạy nghề cho phụ nữ", "triệu đồng", 500, "<=", null]);
    expect(rows[18]).toEqual([null, null, null, null, null, null]);
    expect(rows[19]).toEqual(["Huyện", "Xã", null, null, null, null]);
    expect(rows[20]).toEqual(["Ba Vì", "Khánh Thượng", null, null, null, null]);
    expect(rows).toHaveLength(20 + 14);
    for (const row of rows) expect(row).toHaveLength(6);
  });

  test("allocheck's plan-sheet reader reads the rows back to the same plan", () => {
    const workbook: WorkbookData = { sheets: [{ name: "Kế hoạch", values: rows, merges: [] }] };
    const read = readPlanFromWorkbook(workbook);
    const direct = extractedPlanToPlan(extracted, "x");
    expect(read.lines.map((l) => [l.code, l.name, l.unit, l.kind, l.target, l.rule, l.quota, l.scale, l.parentCode])).toEqual(
      direct.lines.map((l) => [l.code, l.name, l.unit, l.kind, l.target, l.rule, l.quota, l.scale, l.parentCode]),
    );
    expect(read.areas.map((a) => [a.district, a.commune])).toEqual(direct.areas.map((a) => [a.district, a.commune]));
  });

  test("a plan without areas has no areas table", () => {
    const rows001 = extractedPlanToSheetRows(extractPlan(seedText("001_")));
    expect(rows001).toHaveLength(5);
    expect(rows001.every((r) => r[0] !== "Huyện")).toBe(true);
  });
});
