/** Small synthetic plan texts for the extractor's tests. */

/** A minimal plan whose indicator section holds `lines`, with optional further sections. */
export function planWith(targetLines: readonly string[], extra: { before?: string[]; after?: string[]; heading?: string } = {}): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM",
    "Số: 12/KH-UBND",
    "Thử Nghiệm, ngày 05 tháng 3 năm 2023",
    "KẾ HOẠCH",
    "Thực hiện công tác thử nghiệm năm 2023",
    "I. MỤC ĐÍCH, YÊU CẦU",
    ...(extra.before ?? []),
    "II. MỤC TIÊU",
    extra.heading ?? "1. Chỉ tiêu cụ thể",
    ...targetLines,
    "III. TỔ CHỨC THỰC HIỆN",
    ...(extra.after ?? []),
  ].join("\n");
}

/** Line number (1-based) of the first target line in {@link planWith} when nothing comes before. */
export const FIRST_TARGET_LINE = 10;

/** The heading lines of a district's plan: issuer, number, date (5 March of `year`), title. */
export function districtPlanHead(title: string, year = 2026): string[] {
  return ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ NGHIỆM", "Số: 9/KH-UBND", `Thử Nghiệm, ngày 05 tháng 3 năm ${year}`, "KẾ HOẠCH", title];
}

/** The heading lines of a district's plan for 2024: issuer, number, date, title. */
export const DISTRICT_PLAN_HEAD: readonly string[] = districtPlanHead("Thực hiện công tác thử nghiệm năm 2024", 2024);
