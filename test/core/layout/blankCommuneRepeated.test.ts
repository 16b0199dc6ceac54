/**
 * A commune's row left blank (`Xã Bản Liền`) right before a row of the same
 * bare name with the figures (`Bản Liền`), no village after it: the same
 * commune typed twice, one row blank — read as two rows of one commune and
 * told as a `duplicate` at the second, with the plan's area list or without;
 * never silently a commune over a village of its name. A blank commune over
 * a village of another name (`Bản Mới`), or over several villages the first
 * named after it, keeps its villages; so does a row numbered as the
 * commune's item (`-` under its `1`), the sheet saying it is a part of it.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const AREAS = [
  { district: "Bắc Hà", commune: "Bản Liền" },
  { district: "Bắc Hà", commune: "Tà Chải" },
  { district: "Si Ma Cai", commune: "Sán Chải" },
  { district: "Si Ma Cai", commune: "Cán Cấu" },
];

/** Under `Huyện Bắc Hà`: the blank `Xã Bản Liền`, then `under` (name, figures) rows, then `Xã Tà Chải`. */
function run(under: [string, number, number][], listed: boolean, numbered: boolean, itemStt: CellValue = null) {
  const teams = 3 + under.reduce((a, r) => a + r[1], 0);
  const money = 30 + under.reduce((a, r) => a + r[2], 0);
  const stt = (n: number): CellValue => (numbered ? n : null);
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ KINH PHÍ"],
    [],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", teams + 4, money + 40],
    ["I", "Huyện Bắc Hà", teams, money],
    [stt(1), "Xã Bản Liền", null, null],
    ...under.map(([name, t, m]): CellValue[] => [itemStt, name, t, m]),
    [stt(2), "Xã Tà Chải", 3, 30],
    ["II", "Huyện Si Ma Cai", 4, 40],
    [stt(1), "Xã Sán Chải", 2, 20],
    [stt(2), "Xã Cán Cấu", 2, 20],
  ];
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: teams + 4 },
        { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: money + 40 },
      ],
      ...(listed ? { areas: AREAS } : {}),
    },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
}

const shape = (result: ReturnType<typeof run>) => result.report.reading!.areas.map((a) => `${a.name}:${a.role}<${a.parent === null ? "" : result.report.reading!.areas[a.parent].name}`);

describe("a blank commune row, then its name again with the figures", () => {
  const cases: [boolean, boolean][] = [
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ];
  test.each(cases)("plan lists areas %s, numbered %s: the commune twice, told at the second", (listed, numbered) => {
    const result = run([["Bản Liền", 2, 20]], listed, numbered);
    expect(shape(result).slice(2, 5)).toEqual(["Xã Bản Liền:leaf<Huyện Bắc Hà", "Bản Liền:leaf<Huyện Bắc Hà", "Xã Tà Chải:leaf<Huyện Bắc Hà"]);
    expect(result.report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["duplicate@B7"]);
  });

  test.each<[string, [string, number, number][], string[]]>([
    ["a village of another name", [["Bản Mới", 2, 20]], ["Bản Mới:leaf<Xã Bản Liền"]],
    ["villages, the first named after the commune", [["Bản Liền", 1, 10], ["Bản Mo", 1, 10]], ["Bản Liền:leaf<Xã Bản Liền", "Bản Mo:leaf<Xã Bản Liền"]],
  ])("no area list: %s stays the commune's village", (_name, under, villages) => {
    const result = run(under, false, false);
    const read = shape(result);
    expect(read[2]).toBe("Xã Bản Liền:heading<Huyện Bắc Hà");
    expect(read.slice(3, 3 + villages.length)).toEqual(villages);
    expect(result.report.findings).toEqual([]);
  });

  test("numbered as the commune's item (`-` under its `1`): its part, as the numbering says", () => {
    const result = run([["Bản Liền", 2, 20]], false, true, "-");
    expect(shape(result).slice(2, 4)).toEqual(["Xã Bản Liền:heading<Huyện Bắc Hà", "Bản Liền:leaf<Xã Bản Liền"]);
    expect(result.report.findings).toEqual([]);
  });
});
