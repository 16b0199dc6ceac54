/**
 * A target read from a running sentence is named by its action, without the sentence's lead-in (the year, the doer,
 * `tiếp tục`, a `Thực hiện …` / `Căn cứ …` reference): the name is what a worksheet's column is matched by.
 */
import { extractPlan } from "../../src/extract";

const namesOf = (sentence: string) =>
  extractPlan(["KẾ HOẠCH", "Hoạt động năm 2024", "I. MỤC TIÊU", sentence, "II. TỔ CHỨC THỰC HIỆN", "Các chi hội thực hiện."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.name]);

test.each([
  ["Năm 2024, Hội LHPN xã tiếp tục duy trì 07 tổ truyền thông cộng đồng ở các thôn.", [7, "Duy trì tổ truyền thông cộng đồng ở các thôn"]],
  ["Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện, Ban Thường vụ đề nghị cơ sở Hội thành lập mới 05 tổ truyền thông cộng đồng.", [5, "Thành lập mới tổ truyền thông cộng đồng"]],
  ["Căn cứ kinh phí được giao, Ban Dân tộc đề nghị các xã tổ chức 04 hội nghị biểu dương người có uy tín.", [4, "Tổ chức hội nghị biểu dương người có uy tín"]],
])("%s", (sentence, expected) => {
  expect(namesOf(sentence)).toContainEqual(expected);
});

test.each([
  ["the counted subject of a passive stays", "Phấn đấu 90% người có uy tín được cấp phát báo, tạp chí và tổ chức thăm hỏi.", "Người có uy tín được cấp phát báo, tạp chí và tổ chức thăm hỏi"],
  ["an action at the start is the name already", "Thành lập mới 05 tổ truyền thông cộng đồng tại các xã.", "Thành lập mới tổ truyền thông cộng đồng tại các xã"],
])("%s", (_, sentence, name) => {
  expect(namesOf(sentence).map((t) => t[1])).toContain(name);
});
