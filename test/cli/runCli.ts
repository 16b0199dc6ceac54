/** Runs `main(argv)` in-process with captured output, as tests of the command need. */
import { readdirSync } from "fs";
import { main } from "../../src/cli/main";
import { writeFixture, type FixtureSheet } from "../helpers/xlsxFixture";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

/** Asserts the CONTRACT §4 shape of an unusable-input run: exit 2, one line on stderr, nothing on stdout. */
export function expectUnusable(run: CliRun, pattern?: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  expect(run.stderr).toMatch(/^allocheck: [^\n]+\n$/);
  if (pattern) expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A small clean workbook: plan sheet and allocation sheet that agree (exit 0). */
export const CLEAN_SHEETS: readonly FixtureSheet[] = [
  {
    name: "Kế hoạch",
    rows: [
      ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
      ["1", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 6],
      ["KP", "Kinh phí hỗ trợ", "triệu đồng", "1.250"],
      [null, null, null, null],
      ["Huyện", "Xã", null, null],
      ["Quốc Oai", "Phú Mãn", null, null],
      ["Quốc Oai", "Đông Xuân", null, null],
      ["Mỹ Đức", "An Phú", null, null],
    ],
  },
  {
    name: "Phân bổ",
    rows: [
      ["BIỂU PHÂN BỔ", null, null, null],
      ["STT", "Địa bàn", "Địa chỉ tin cậy tại cộng đồng", "Kinh phí hỗ trợ\n(triệu đồng)"],
      [null, "Tổng cộng", { formula: "SUM(C4,C7)", result: 6 }, { formula: "SUM(D4,D7)", result: 1250 }],
      ["I", "Huyện Quốc Oai", { formula: "SUM(C5:C6)", result: 4 }, { formula: "SUM(D5:D6)", result: 800 }],
      [1, "Xã Phú Mãn", 2, 400],
      [2, "Xã Đông Xuân", 2, 400],
      ["II", "Huyện Mỹ Đức", { formula: "SUM(C8)", result: 2 }, { formula: "SUM(D8)", result: 450 }],
      [1, "Xã An Phú", 2, 450],
    ],
  },
];

export async function writeCleanWorkbook(dir: string, name = "sach.xlsx"): Promise<string> {
  return writeFixture(dir, name, CLEAN_SHEETS);
}
