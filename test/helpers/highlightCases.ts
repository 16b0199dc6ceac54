/**
 * Workbooks whose findings must all be highlighted, shared by the .xlsx and
 * Office.js highlight-coverage tests: generated seeds of both orientations
 * (merged district labels among them), a plan sheet whose budget parts do not
 * add up, and sheet names that need quoting.
 */
import { build, SEEDS } from "../integration/generator";

/** Generated workbooks with findings: both orientations, merged district labels among them. */
export function chosenSeeds(): number[] {
  const cases = SEEDS.map(build).filter((c) => c.findings.length > 0);
  const pick = [
    ...cases.filter((c) => c.rows && !c.merged).slice(0, 3),
    ...cases.filter((c) => c.rows && c.merged).slice(0, 2),
    ...cases.filter((c) => !c.rows && !c.merged).slice(0, 3),
    ...cases.filter((c) => !c.rows && c.merged).slice(0, 2),
  ];
  expect(pick.some((c) => c.rows) && pick.some((c) => !c.rows) && pick.some((c) => c.merged)).toBe(true);
  return pick.map((c) => c.seed);
}

/** A plan whose budget parts do not add up to its total (budget-split on the plan sheet), allocated on a sheet whose name needs quoting. */
export const PLAN_SPLIT = [
  {
    name: "Kế hoạch",
    rows: [
      ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
      ["KP", "Tổng kinh phí", "triệu đồng", 100],
      ["KP.1", "Kinh phí truyền thông", "triệu đồng", 60],
      ["KP.2", "Kinh phí hỗ trợ", "triệu đồng", 30],
    ],
  },
  {
    name: "Phân bổ 'xã' & <huyện>",
    rows: [
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông", "Kinh phí hỗ trợ"],
      [null, "Tổng cộng", 5, 60, 30],
      [1, "Xã Một", 3, 30, 15],
      [2, "Xã Hai", 2, 30, 15],
    ],
  },
];

export const QUOTED_NAMES = ["Phân bổ", "Phân bổ 2024", "Biểu 'A' & <B>", "Xã & Phường's"];
