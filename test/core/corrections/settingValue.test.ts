import fc from "fast-check";
import {
  addCorrection,
  correctionCount,
  correctionsForSheet,
  decodeCorrections,
  EMPTY_CORRECTIONS,
  encodeCorrections,
  removeCorrection,
} from "../../../src/core/corrections/settingValue";
import type { Correction, CorrectionSet } from "../../../src/core/model/corrections";

const SET: CorrectionSet = {
  version: 1,
  sheets: [
    {
      sheet: "Phân bổ",
      corrections: [
        { kind: "role", at: "12", label: "Cộng huyện", role: "subtotal" },
        { kind: "line", at: "F", header: "Tổ truyền thông", code: "3" },
        { kind: "ignore", at: "O", label: "Ghi chú" },
      ],
    },
  ],
};

describe("decodeCorrections", () => {
  test.each<[string, unknown, number, number]>([
    // [what, stored value, corrections kept, rejected]
    ["nothing stored", undefined, 0, 0],
    ["null", null, 0, 0],
    ["empty text", "", 0, 0],
    ["the JSON text the add-in writes", encodeCorrections(SET), 3, 0],
    ["an already parsed value", JSON.parse(encodeCorrections(SET)), 3, 0],
    ["not JSON", "{version:1", 0, 1],
    ["another version", JSON.stringify({ version: 2, sheets: [] }), 0, 1],
    ["a sheet entry without corrections", JSON.stringify({ version: 1, sheets: [{ sheet: "A" }] }), 0, 1],
    [
      "bad entries dropped, good kept",
      JSON.stringify({
        version: 1,
        sheets: [
          {
            sheet: "A",
            corrections: [
              { kind: "role", at: "7", label: "Ba Vì", role: "group" },
              { kind: "role", at: "7", label: "Ba Vì", role: "district" }, // unknown role
              { kind: "line", at: "C", header: "x", code: " " }, // no code
              { kind: "ignore", at: "a1", label: "x" }, // `at` is a column or a row, not a cell
              { kind: "merge", at: "C", label: "x" }, // unknown kind
              "ignore C",
            ],
          },
        ],
      }),
      1,
      5,
    ],
  ])("%s", (_what, stored, kept, rejected) => {
    const decoded = decodeCorrections(stored);
    expect(correctionCount(decoded.set)).toBe(kept);
    expect(decoded.rejected).toBe(rejected);
  });

  test("round trip: what is encoded decodes to the same set", () => {
    const correction: fc.Arbitrary<Correction> = fc.oneof(
      fc.record({
        kind: fc.constant("role" as const),
        at: fc.integer({ min: 1, max: 1_048_576 }).map(String),
        label: fc.string(),
        role: fc.constantFrom("total" as const, "group" as const, "subtotal" as const, "leaf" as const, "heading" as const),
      }),
      fc.record({
        kind: fc.constant("line" as const),
        at: fc.constantFrom("A", "C", "Z", "AA", "XFD"),
        header: fc.string(),
        code: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
      }),
      fc.record({ kind: fc.constant("ignore" as const), at: fc.constantFrom("B", "9", "100"), label: fc.string() }),
    );
    const set: fc.Arbitrary<CorrectionSet> = fc.record({
      version: fc.constant(1 as const),
      sheets: fc.array(fc.record({ sheet: fc.string({ minLength: 1 }), corrections: fc.array(correction, { minLength: 1 }) })),
    });
    fc.assert(
      fc.property(set, (value) => {
        const decoded = decodeCorrections(encodeCorrections(value));
        expect(decoded.rejected).toBe(0);
        expect(decoded.set).toEqual(value);
      }),
    );
  });
});

describe("editing the set", () => {
  test("a new correction at the same place replaces the old one; removing it leaves the others", () => {
    let set = addCorrection(EMPTY_CORRECTIONS, "Phân bổ", { kind: "role", at: "12", label: "Cộng huyện", role: "leaf" });
    set = addCorrection(set, "phân bổ", { kind: "ignore", at: "12", label: "Cộng huyện" });
    set = addCorrection(set, "Phân bổ", { kind: "line", at: "F", header: "Tổ", code: "3" });
    expect(correctionsForSheet(set, "PHÂN BỔ")).toEqual([
      { kind: "ignore", at: "12", label: "Cộng huyện" },
      { kind: "line", at: "F", header: "Tổ", code: "3" },
    ]);
    expect(set.sheets).toHaveLength(1);
    set = removeCorrection(set, "Phân bổ", "12");
    expect(correctionsForSheet(set, "Phân bổ")).toEqual([{ kind: "line", at: "F", header: "Tổ", code: "3" }]);
    set = removeCorrection(set, "Phân bổ", "F");
    expect(set).toEqual(EMPTY_CORRECTIONS);
  });

  test("a row with two labels (a district beside its first commune) keeps one correction per label", () => {
    let set = addCorrection(EMPTY_CORRECTIONS, "Phân bổ", { kind: "role", at: "3", label: "Mù Cang Chải", role: "heading" }, ["Xã Chế Tạo"]);
    set = addCorrection(set, "Phân bổ", { kind: "ignore", at: "3", label: "Xã Chế Tạo" }, ["Mù Cang Chải"]);
    expect(correctionsForSheet(set, "Phân bổ")).toEqual([
      { kind: "role", at: "3", label: "Mù Cang Chải", role: "heading" },
      { kind: "ignore", at: "3", label: "Xã Chế Tạo" },
    ]);
    // The same label again replaces its own correction only.
    set = addCorrection(set, "Phân bổ", { kind: "role", at: "3", label: "Xã Chế Tạo", role: "group" }, ["Mù Cang Chải"]);
    expect(correctionsForSheet(set, "Phân bổ")).toEqual([
      { kind: "role", at: "3", label: "Mù Cang Chải", role: "heading" },
      { kind: "role", at: "3", label: "Xã Chế Tạo", role: "group" },
    ]);
    // Without `keep`, a label the row no longer shows is replaced as before.
    expect(correctionsForSheet(addCorrection(set, "Phân bổ", { kind: "ignore", at: "3", label: "Xã Mới" }), "Phân bổ")).toEqual([{ kind: "ignore", at: "3", label: "Xã Mới" }]);
    set = removeCorrection(set, "Phân bổ", "3", "Mù Cang Chải");
    expect(correctionsForSheet(set, "Phân bổ")).toEqual([{ kind: "role", at: "3", label: "Xã Chế Tạo", role: "group" }]);
  });

  test("corrections of other sheets are kept", () => {
    const set = addCorrection(SET, "Khác", { kind: "ignore", at: "3", label: "x" });
    expect(correctionCount(set)).toBe(4);
    expect(correctionsForSheet(set, "Phân bổ")).toEqual(SET.sheets[0].corrections);
  });
});
