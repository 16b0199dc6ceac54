/**
 * The preview's own sample with its allocation sheet picked as the plan (the
 * pane's browser test, run here so jest catches it): the check does not run,
 * and the pane's error says the sheet holds no plan, naming the sheet and the
 * columns looked for — never a reading of the allocation as a plan table
 * (its `Kinh phí (triệu đồng)` over J5..O5 taken for a split target, its
 * `ĐVT: triệu đồng` note for the unit of plan lines).
 */
import { runCheck } from "../../src/app/runCheck";
import { InputError } from "../../src/core/model/errors";
import { SAMPLE_ALLOCATION_SHEET, SAMPLE_PLAN_SHEET } from "../../src/sample";
import { createSampleHost } from "../../src/taskpane/sampleHost";
import { errorNotice } from "../../src/taskpane/hooks/usePaneTasks";

async function failure(selection: { allocationSheet: string; planSheet: string }): Promise<unknown> {
  try {
    await runCheck(createSampleHost(), selection);
  } catch (error) {
    return error;
  }
  return null;
}

test("the allocation sheet picked as the plan: the sheet holds no plan, said with the columns looked for", async () => {
  const error = await failure({ allocationSheet: SAMPLE_ALLOCATION_SHEET, planSheet: SAMPLE_ALLOCATION_SHEET });
  expect(error).toBeInstanceOf(InputError);
  const notice = errorNotice(error);
  expect(notice.intent).toBe("error");
  expect(notice.title?.vi).toBe("Chưa kiểm tra được");
  const { vi, en } = notice.text;
  expect(vi).toContain(`"${SAMPLE_ALLOCATION_SHEET}"`);
  expect(vi).toMatch(/Mã|Chỉ tiêu|Kế hoạch|Đơn vị tính/);
  // Said to be the allocation; the pane reads the chosen sheets only (and the results sheets), and a results sheet (`Tiến độ`) copying the plan's columns is never named as the plan.
  expect(en).toContain(`Sheet "${SAMPLE_ALLOCATION_SHEET}" looks like the allocation sheet`);
  expect(en).toContain("Choose the sheet that holds the plan table, or take the plan from another file.");
  expect(en).not.toContain("holds a plan table: choose");
  expect(en).not.toContain("Tiến độ");
  // Not read as a plan table: no column-split error, no word of its money header's unit.
  expect(en).not.toContain("splits into");
  expect(en).not.toContain("gives no unit");
});

test("the sample's own sheets still check", async () => {
  expect(await failure({ allocationSheet: SAMPLE_ALLOCATION_SHEET, planSheet: SAMPLE_PLAN_SHEET })).toBeNull();
});
