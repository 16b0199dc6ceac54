/**
 * `Mỗi xã thành lập mới 01 tổ` totalled over listed communes and a thị trấn: a quota said per xã counts the xã only,
 * and says so (`quotaCommunesOnly`); `mỗi xã, thị trấn` counts both.
 */
import { extractPlan } from "../../src/extract";
import { townsOf } from "../../src/extract/communeKinds";
import { DISTRICT_PLAN_HEAD } from "./planText";

const plan = (target: string, places: string) =>
  [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "1. Chỉ tiêu cụ thể", target, "III. PHẠM VI", places, "IV. TỔ CHỨC THỰC HIỆN"].join("\n");

const PLACES = "Thực hiện tại các xã: Bản Xèo, Mường Hum, Dền Sáng và thị trấn Bát Xát.";
const read = (target: string, places = PLACES) => extractPlan(plan(target, places)).indicators.map((i) => [i.target, i.confirmReason ?? null]);

test.each<[string, string, [number, string | null]]>([
  // Three xã and a thị trấn: per xã, three.
  ["- Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng.", PLACES, [3, "quotaCommunesOnly"]],
  ["- Thành lập mới 01 tổ truyền thông cộng đồng/xã.", PLACES, [3, "quotaCommunesOnly"]],
  ["- Mỗi xã thành lập mới 02 câu lạc bộ.", PLACES, [6, "quotaCommunesOnly"]],
  // Per xã and thị trấn: all four.
  ["- Mỗi xã, thị trấn thành lập mới 01 tổ truyền thông cộng đồng.", PLACES, [4, "quota"]],
  // No thị trấn listed: all the xã, as before.
  ["- Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng.", "Thực hiện tại các xã: Bản Xèo, Mường Hum, Dền Sáng, Bát Xát.", [4, "quota"]],
])("%s / %s", (target, places, expected) => {
  expect(read(target, places)).toEqual([expected]);
});

test("a name the text calls both a xã and a thị trấn is no thị trấn", () => {
  const areas = [{ district: "Thử Nghiệm", commune: "Bát Xát" }, { district: "Thử Nghiệm", commune: "Bản Xèo" }];
  expect([...townsOf("các xã Bản Xèo và thị trấn Bát Xát", areas)]).toHaveLength(1);
  expect([...townsOf("xã Bát Xát, thị trấn Bát Xát", areas)]).toHaveLength(0);
  expect([...townsOf("thị xã Bát Xát", areas)]).toHaveLength(0);
});
