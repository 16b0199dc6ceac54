/**
 * An activity table's row that restates a listed target in fewer words and a shorter unit (`Lớp tập huấn cán bộ
 * Hội cơ sở | Lớp | 5` for `Tổ chức 05 lớp tập huấn nâng cao năng lực cho cán bộ Hội cơ sở`) is that target, not a
 * second one; a row of its own (another activity, another value) stays.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(rows: readonly string[]): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. CHỈ TIÊU",
    "1. Tổ chức 05 lớp tập huấn nâng cao năng lực cho cán bộ Hội cơ sở.",
    "2. Tổ chức 02 hội nghị đối thoại chính sách với phụ nữ tại các xã.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "| STT | Nhiệm vụ | Đơn vị tính | Số lượng |",
    ...rows,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
}

type Row = [number, string];

describe("a table row restating a listed target", () => {
  test.each<[string, string[], Row[]]>([
    ["`Lớp` for `lớp tập huấn`, fewer words", ["| 1 | Lớp tập huấn cán bộ Hội cơ sở | Lớp | 5 |"], [[5, "lớp tập huấn"], [2, "hội nghị"]]],
    ["`Hội nghị` for `hội nghị`, fewer words", ["| 1 | Hội nghị đối thoại chính sách | Hội nghị | 2 |"], [[5, "lớp tập huấn"], [2, "hội nghị"]]],
    ["another activity of the same unit stays", ["| 1 | Lớp tập huấn kỹ năng cho tổ truyền thông | Lớp | 3 |"], [[5, "lớp tập huấn"], [2, "hội nghị"], [3, "Lớp"]]],
  ])("%s", (_label, rows, expected) => {
    const read = extractPlan(plan(rows));
    expect(read.indicators.map((i): Row => [i.target, i.unit])).toEqual(expected);
    expect(read.issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
  });
});
