/**
 * The reading view on a table with two label columns (district | commune):
 * a district written beside its first commune and that commune share a row,
 * and each has its own role choice (a correction names the label it was made
 * on); a correction saved through the host is applied by the next check and
 * shown as such.
 */
import * as React from "react";
import { rmSync } from "fs";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookHost } from "../../../src/adapters/memory";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { runCheck } from "../../../src/app/runCheck";
import { addCorrection } from "../../../src/core/corrections/settingValue";
import { ReadingTab } from "../../../src/taskpane/components/reading/ReadingTab";
import { makeTempDir, writeFixture } from "../../helpers/xlsxFixture";
import { yenBai } from "../../integration/fixtures/yenBai";

const dir = makeTempDir("allocheck-reading-two-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("district and commune on one row: two role choices; the district's correction applied by the next check", async () => {
  const host = new MemoryWorkbookHost(await readWorkbookFile(await writeFixture(dir, "yen-bai.xlsx", yenBai.sheets)), "yen-bai.xlsx");
  // What the pane does when the user sets row 6's district (not its commune) as a heading, then leaves the commune out.
  let set = addCorrection({ version: 1, sheets: [] }, yenBai.allocationSheet, { kind: "role", at: "6", label: "Trạm Tấu", role: "heading" }, ["Xã Xà Hồ"]);
  set = addCorrection(set, yenBai.allocationSheet, { kind: "role", at: "6", label: "Xã Xà Hồ", role: "leaf" }, ["Trạm Tấu"]);
  await host.saveCorrections(set);
  const outcome = await runCheck(host, { allocationSheet: null, planSheet: null });
  expect(outcome.report.reading?.corrections).toBe(2);
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReadingTab host={host} outcome={outcome} lang="vi" busy={false} onRecheck={async () => undefined} />
    </FluentProvider>,
  );
  expect(html.match(/data-testid="role-choice-6"/g)).toHaveLength(2);
  expect(html).toMatch(/aria-label="Vai trò của Trạm Tấu"/);
  expect(html).toMatch(/aria-label="Vai trò của Xã Xà Hồ"/);
  // Both rows of row 6, each with its own role and how.
  expect(html).toMatch(/data-reading-area="6" data-role="heading".*?Trạm Tấu.*?đã sửa<\/td>/s);
  expect(html).toMatch(/data-reading-area="6" data-role="leaf".*?Xã Xà Hồ.*?đã sửa<\/td>/s);
});
