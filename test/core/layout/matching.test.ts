import { codeKey, matchLines, nameSimilarity, nameTokens } from "../../../src/core/layout";
import { readPlanJson } from "../../../src/core/plan";

const sim = (a: string, b: string) => nameSimilarity(nameTokens(a), nameTokens(b));

describe("nameSimilarity", () => {
  test.each([
    ["Tổ truyền thông cộng đồng", "TỔ TRUYỀN THÔNG CỘNG ĐỒNG".normalize("NFD"), 1],
    ["Số tổ truyền thông cộng đồng", "Tổ truyền thông cộng đồng", 1],
    ["Tỷ lệ trẻ em gái DTTS được tư vấn (%)", "Tỷ lệ trẻ em gái dân tộc thiểu số được tư vấn", 1],
    ["Chương trình 2", "Chương trình 3", 0],
    ["Chương trình 2", "Chương trình 2", 1],
    ["Số hộ nghèo được rà soát", "Số người được tập huấn", 0],
    ["Trong đó / NSTW", "Ngân sách trung ương", 1],
    ["NSĐP", "Ngân sách địa phương", 1],
    ["NS tỉnh", "Ngân sách tỉnh", 1],
    ["Vốn ĐTPT", "Vốn đầu tư phát triển", 1],
    ["Vốn SN", "Vốn sự nghiệp", 1],
  ])("%j ~ %j = %p", (a, b, expected) => {
    expect(sim(a, b)).toBeCloseTo(expected, 5);
  });

  test("a budget source abbreviated is closer to its own name than to the other source", () => {
    expect(sim("NSTW", "Ngân sách trung ương")).toBeGreaterThan(sim("NSTW", "Ngân sách địa phương"));
  });

  test("closer names score higher", () => {
    expect(sim("Kinh phí", "Kinh phí hỗ trợ")).toBeGreaterThan(sim("Kinh phí", "Hỗ trợ sinh kế"));
  });
});

describe("codeKey", () => {
  test.each([
    ["KP.1", "kp.1"],
    [" kp.1 ", "kp.1"],
    ["(2.1)", "2.1"],
    ["2.1.", "2.1"],
  ])("%j → %j", (code, key) => expect(codeKey(code)).toBe(key));
});

describe("matchLines", () => {
  const plan = readPlanJson(
    {
      indicators: [
        { code: "1", name: "Thành lập mới tổ truyền thông cộng đồng", unit: "tổ", target: 1 },
        { code: "2", name: "Thành viên tổ truyền thông", unit: "người", target: 1 },
        { code: "3", name: "Kinh phí tổ truyền thông", unit: "triệu đồng", target: 1 },
      ],
    },
    "p.json",
  );

  test("best pairs first, one plan line per column", () => {
    expect(
      matchLines(
        [
          { parts: ["Số thành viên tổ truyền thông"] },
          { parts: ["Số tổ truyền thông cộng đồng thành lập mới"] },
          { parts: ["Tổ truyền thông cộng đồng"] },
        ],
        plan.lines,
      ),
    ).toEqual(["2", "1", null]);
  });

  test("kinds: a money column never takes a count line, a count column never a money line", () => {
    expect(matchLines([{ parts: ["Tổ truyền thông"], kind: "money" }], plan.lines)).toEqual(["3"]);
    expect(matchLines([{ parts: ["Kinh phí tổ truyền thông"], kind: "count" }], plan.lines)[0]).not.toBe("3");
  });

  test("a column with no sign of money needs a clear name to take a money line, unless a ĐVT note says money", () => {
    const candidates = [{ parts: ["Tổ truyền thông"] }];
    const money = readPlanJson({ indicators: [{ code: "K", name: "Kinh phí hoạt động truyền thông", unit: "triệu đồng", target: 1 }] }, "p.json");
    expect(matchLines(candidates, money.lines)).toEqual([null]);
    expect(matchLines(candidates, money.lines, { moneyNote: true })).toEqual(["K"]);
  });

  test("a part named with its parent's name before its own (`Kinh phí tập huấn` for `a) Tập huấn` under `2. Kinh phí`) is the part's, not the parent's", () => {
    const parts = readPlanJson(
      {
        indicators: [
          { code: "2", name: "Kinh phí", unit: "triệu đồng", target: 900 },
          { code: "2.a", name: "Tập huấn", unit: "triệu đồng", target: 600 },
          { code: "2.b", name: "Truyền thông", unit: "triệu đồng", target: 300 },
        ],
      },
      "p.json",
    );
    const money = (name: string) => ({ parts: [name], kind: "money" as const });
    expect(matchLines([money("Kinh phí tập huấn"), money("Kinh phí truyền thông")], parts.lines)).toEqual(["2.a", "2.b"]);
    expect(matchLines([money("Tổng kinh phí"), money("Kinh phí tập huấn"), money("Truyền thông")], parts.lines)).toEqual(["2", "2.a", "2.b"]);
    expect(matchLines([money("Kinh phí")], parts.lines)).toEqual(["2"]);
  });

  test("codes win when the names agree or say nothing", () => {
    expect(
      matchLines(
        [
          { parts: ["Tổ truyền thông"], code: "2" },
          { parts: ["Thành viên"], code: "1" },
        ],
        plan.lines,
      ),
    ).toEqual(["2", "1"]);
  });

  test("a code whose names share nothing is not taken (an STT numbered like the plan)", () => {
    expect(
      matchLines(
        [
          { parts: ["Tổ truyền thông cộng đồng"], code: "1" },
          { parts: ["Số hộ nghèo được rà soát"], code: "2" },
          { parts: [], code: "3" },
        ],
        plan.lines,
      ),
    ).toEqual(["1", null, "3"]);
  });

  test("codes that contradict clear names are a numbering row, not codes", () => {
    expect(
      matchLines(
        [
          { parts: ["Thành lập mới tổ truyền thông cộng đồng"], code: "2" },
          { parts: ["Thành viên tổ truyền thông"], code: "3" },
          { parts: ["Kinh phí tổ truyền thông"], code: "4", kind: "money" },
        ],
        plan.lines,
      ),
    ).toEqual(["1", "2", "3"]);
  });
});

describe("a stage in front of a one-row header (`Kế hoạch tổ truyền thông` | `Thực hiện tổ truyền thông`)", () => {
  const plan = readPlanJson(
    {
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 8 },
        { code: "2", name: "Giao ban định kỳ của tổ", unit: "cuộc", target: 4 },
      ],
    },
    "p.json",
  );
  const parts = (...headers: string[]) => headers.map((header) => ({ parts: [header] }));
  test.each<[string, "planned" | "achieved", (string | null)[]]>([
    ["allocation sheet: the planned column", "planned", ["1", null]],
    ["results sheet: the done column", "achieved", [null, "1"]],
  ])("%s", (_, stage, expected) => {
    expect(matchLines(parts("Kế hoạch tổ truyền thông", "Thực hiện tổ truyền thông"), plan.lines, { stage })).toEqual(expected);
  });
  test("words a plan line's own name opens with are not a stage", () => {
    expect(matchLines(parts("Giao ban định kỳ của tổ", "Tổ truyền thông cộng đồng"), plan.lines, { stage: "achieved" })).toEqual(["2", "1"]);
  });
});

/**
 * A plan line's count and money side by side under its name (`Tổ truyền
 * thông | Số lượng | Kinh phí`): the generic lower header names that line's
 * figure, never a plan line of its own (`Tổng kinh phí`).
 */
describe("a generic lower header under a line's name", () => {
  const plan = (money: { code: string; name: string }[]) =>
    readPlanJson(
      {
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới", unit: "tổ", target: 5 },
          { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 10 },
          ...money.map((m) => ({ ...m, unit: "triệu đồng", target: 1 })),
        ],
      },
      "p.json",
    ).lines;
  const TOTAL = { code: "KP", name: "Tổng kinh phí thực hiện" };
  const PARTS = [
    { code: "KP.1", name: "Kinh phí thành lập tổ truyền thông cộng đồng" },
    { code: "KP.2", name: "Kinh phí xây dựng địa chỉ tin cậy tại cộng đồng" },
  ];
  const money = { kind: "money" as const };
  const count = (parts: string[]) => ({ parts, kind: "count" as const });
  test.each<[string, { parts: string[]; kind: "money" | "count" }[], { code: string; name: string }[], (string | null)[]]>([
    [
      "the line's money, no money line of its own in the plan: no match",
      [count(["Tổ truyền thông cộng đồng", "Số lượng"]), { parts: ["Tổ truyền thông cộng đồng", "Kinh phí"], ...money }, count(["Địa chỉ tin cậy", "Số lượng"]), { parts: ["Địa chỉ tin cậy", "Kinh phí"], ...money }],
      [TOTAL],
      ["1", null, "2", null],
    ],
    [
      "with the total's own column after them: the total's",
      [count(["Tổ truyền thông cộng đồng", "Số lượng"]), { parts: ["Tổ truyền thông cộng đồng", "Kinh phí"], ...money }, count(["Địa chỉ tin cậy", "Số lượng"]), { parts: ["Địa chỉ tin cậy", "Kinh phí"], ...money }, { parts: ["Cộng kinh phí"], ...money }],
      [TOTAL],
      ["1", null, "2", null, "KP"],
    ],
    [
      "the plan's money line of that line: matched",
      [count(["Tổ truyền thông cộng đồng", "Số lượng"]), { parts: ["Tổ truyền thông cộng đồng", "Kinh phí"], ...money }, count(["Địa chỉ tin cậy", "Số lượng"]), { parts: ["Địa chỉ tin cậy", "Kinh phí"], ...money }, { parts: ["Tổng kinh phí"], ...money }],
      [TOTAL, ...PARTS],
      ["1", "KP.1", "2", "KP.2", "KP"],
    ],
    [
      "`Kinh phí / Tổng số`: both parts generic, the total's",
      [count(["Tổ truyền thông cộng đồng"]), { parts: ["Kinh phí", "Tổng số"], ...money }],
      [TOTAL],
      ["1", "KP"],
    ],
  ])("%s", (_name, candidates, lines, expected) => {
    expect(matchLines(candidates, plan(lines))).toEqual(expected);
  });
});

test("`Năm 2024 / Tổng kinh phí`: a period over a generic header names no line, the header keeps its own match", () => {
  const plan = readPlanJson({ indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 }, { code: "KP", name: "Tổng kinh phí thực hiện", unit: "triệu đồng", target: 500 }] }, "p.json").lines;
  expect(matchLines([{ parts: ["Năm 2024", "Tổ truyền thông cộng đồng"] }, { parts: ["Năm 2024", "Tổng kinh phí (triệu đồng)"], kind: "money" }], plan)).toEqual(["1", "KP"]);
});

describe("a header written as a plan line's initials", () => {
  const plan = readPlanJson(
    {
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
        { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 10 },
        { code: "3", name: "Câu lạc bộ Thủ lĩnh của sự thay đổi", unit: "CLB", target: 3 },
        { code: "4", name: "Đối thoại chính sách", unit: "cuộc", target: 3 },
        { code: "5", name: "Đào tạo cán bộ", unit: "người", target: 3 },
      ],
    },
    "p.json",
  ).lines;
  test.each<[string, string[], (string | null)[]]>([
    ["`ĐCTC` beside readable names", ["ĐCTC", "Tổ truyền thông"], ["2", "1"]],
    ["`ĐCTC (địa chỉ)` with its unit", ["ĐCTC (địa chỉ)"], ["2"]],
    ["`ĐTCS`", ["ĐTCS"], ["4"]],
    ["initials two lines open with (`ĐT…`): none", ["ĐTC"], [null]],
    ["initials no line opens with: none", ["XYZ"], [null]],
    ["a capitalised word is no abbreviation", ["TỔNG"], [null]],
  ])("%s", (_name, headers, expected) => {
    expect(matchLines(headers.map((h) => ({ parts: [h] })), plan)).toEqual(expected);
  });
});
