/**
 * A yearly least in a part of tasks (`mỗi năm hỗ trợ ít nhất 50 hội viên …`) is read as a list's yearly figure is:
 * the year's figure, at least that much (`>=`), named `(mỗi năm)` and to be confirmed (`yearly`) — never the period's,
 * which the text leaves open, and no longer dropped as a norm per unit (`mỗi tổ từ 7 đến 10 thành viên`).
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

const plan = (task: string) =>
  [
    "HỘI LHPN HUYỆN BẮC HÀ",
    "Số: 12/KH-HPN",
    "Bắc Hà, ngày 10 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Hỗ trợ phụ nữ phát triển kinh tế giai đoạn 2026 - 2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Nâng cao đời sống hội viên.",
    "2. Chỉ tiêu cụ thể",
    "- Thành lập mới 10 tổ hợp tác do phụ nữ làm chủ.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    task,
    "2. Tuyên truyền, vận động hội viên tham gia các mô hình.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi hội thực hiện.",
  ].join("\n");

type Row = [number, string, string, string | undefined];

test.each<[string, Row]>([
  ["1. Hỗ trợ vay vốn: mỗi năm hỗ trợ ít nhất 50 hội viên tiếp cận nguồn vốn vay ưu đãi.", [50, "hội viên", "Hỗ trợ hội viên tiếp cận nguồn vốn vay ưu đãi (mỗi năm)", ">="]],
  ["1. Mỗi năm hỗ trợ ít nhất 50 hội viên tiếp cận nguồn vốn vay ưu đãi.", [50, "hội viên", "Hỗ trợ hội viên tiếp cận nguồn vốn vay ưu đãi (mỗi năm)", ">="]],
  ["1. Hằng năm tổ chức tối thiểu 02 lớp tập huấn kỹ năng kinh doanh cho hội viên.", [2, "lớp tập huấn", "Tổ chức lớp tập huấn kỹ năng kinh doanh cho hội viên (mỗi năm)", ">="]],
  ["1. Tổ chức ít nhất 02 lớp tập huấn kỹ năng kinh doanh mỗi năm.", [2, "lớp tập huấn", "Tổ chức lớp tập huấn kỹ năng kinh doanh mỗi năm", ">="]],
])("%s", (task, expected) => {
  const read = extractPlan(plan(task)).indicators.filter((i) => i.kind !== "money" && i.code !== "1");
  expect(read.map((i): Row => [i.target, i.unit, i.name, i.rule])).toEqual([expected]);
  expect(read[0].confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
  expect(read[0].confirmReason).toBe("yearly");
});

test.each([
  // A norm for each unit of something else is still no target; nor is a pace per month or quarter.
  "1. Duy trì sinh hoạt các tổ, mỗi tổ từ 7 đến 10 thành viên.",
  "1. Mỗi quý tổ chức 01 buổi sinh hoạt chuyên đề.",
  "1. Mỗi năm, mỗi chi hội hỗ trợ 02 hội viên vay vốn.",
])("no target: %s", (task) => {
  expect(extractPlan(plan(task)).indicators.filter((i) => i.kind !== "money" && i.code !== "1")).toEqual([]);
});
