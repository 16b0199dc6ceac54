import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../../src/adapters/exceljs/readWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import { writeFixtureXlsx } from "./fixtureFile";
test("scratch", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "x-"));
  const input = path.join(dir, "input.xlsx");
  await writeFixtureXlsx(input);
  const wb = await readWorkbookFile(input);
  const r = checkWorkbook(wb, { workbookName: "input.xlsx" });
  console.log(JSON.stringify(r.report.indicators, null, 1));
  console.log(r.report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.message.vi}`).join("\n"));
  console.log(JSON.stringify(r.table.areas.map(a=>[a.label,a.kind,a.index])), JSON.stringify(r.table.lines.map(l=>[l.header,l.index,l.scale,l.planCode])));
});
