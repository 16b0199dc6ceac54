/**
 * The words of Vietnamese plan texts that decide what a number is, folded
 * (no diacritics, lower case). General language of plans, not any one text.
 */

/** Nouns that label a number instead of counting with it (`Dự án 8`, `Điều 5`, `năm 2025`). */
export const LABEL_WORDS = [
  "so", "so hieu", "ngay", "thang", "nam", "quy", "tuan", "giai doan", "nhiem ky", "khoa", "dot",
  "dieu", "khoan", "diem", "muc", "chuong", "phu luc", "bieu", "mau", "trang",
  "du an", "tieu du an", "mo hinh", "noi dung", "chuong trinh", "tieu chi", "chi tieu", "muc tieu",
  "nhiem vu", "giai phap", "phan", "buoc", "nhom", "loai", "hang", "bac", "lop", "khoi",
  "nghi dinh", "nghi quyet", "quyet dinh", "thong tu", "luat", "ke hoach", "cong van", "van ban",
  "chi thi", "huong dan", "thong bao", "to trinh", "bao cao", "lan thu", "thu", "cong nghe", "phien ban",
  "dien thoai", "dt", "dtdd", "hotline", "tong dai", "duong day nong", "fax", "so may", "zalo",
  "tinh lo", "quoc lo", "duong", "km", "phong", "tang", "nha so", "hop thu",
];

/**
 * Label words whose folded form is also a verb or another word of plans: the label only as spelled here
 * (`Đường 3`, `tầng 2`, `Quý II`), never `bảo dưỡng 11 công trình`, `bồi dưỡng 50 cán bộ`, `tăng 200 hộ`.
 */
export const LABEL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  duong: ["đường"],
  tang: ["tầng"],
  quy: ["quý"],
};

/** A quarter is numbered 1–4: `quý 45 ha` (a precious crop's 45 ha) labels nothing. */
export const QUARTERS = 4;

/** Names of places that label a number only when written as a name (`Phường 3`, `Tổ 5`, not `địa phương 500`). */
export const PLACE_LABELS = ["to", "thon", "xom", "ap", "khu pho", "to dan pho", "phuong", "quan", "khu", "cum", "doi"];

/** Counting words (classifiers) after a number: `14 tổ`, `62 địa chỉ`, `30 CLB`. */
export const CLASSIFIERS = [
  "to nhom", "to chuc", "to dan pho", "khu pho", "to", "nhom", "doi", "dia chi", "cau lac bo", "clb", "cuoc", "nguoi", "luot nguoi",
  "luot", "ho", "ho gia dinh", "gia dinh", "xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thon", "ban",
  "ap", "lang", "lop", "lop tap huan", "khoa", "khoa hoc", "mo hinh", "diem", "co so", "nha", "ngoi nha",
  "truong", "tai lieu", "an pham", "san pham", "chuong trinh", "hoi nghi", "hoi thao", "hoi thi", "toa dam",
  "buoi", "dot", "chien dich", "tin", "bai", "tin bai", "phong su", "video", "clip", "to roi", "cuon", "bo",
  "lan", "can bo", "cong chuc", "vien chuc", "phu nu", "tre em", "em", "hoc sinh", "sinh vien", "hoi vien",
  "thanh vien", "doan vien", "doanh nghiep", "hop tac xa", "to hop tac", "sang kien", "cong trinh", "du an",
  "de an", "doan", "chi hoi", "co so hoi", "doi thoai", "phien", "goi", "suat", "con", "chiec", "cai",
  "giang vien", "bao cao vien", "tuyen truyen vien", "cong tac vien", "chuyen de", "chuyen muc", "tiet muc",
  "pano", "khau hieu", "bang ron", "cum", "khu", "diem truong", "nhom tre", "lop hoc", "hoc vien", "nan nhan",
  "dia ban", "don vi", "co quan", "hoi", "ban chi dao", "tram", "trung tam", "mo", "ha", "tan", "kg", "km",
  "cap", "cap vo chong", "lao dong", "hoi cho", "trien lam", "y tuong", "vuon", "cong trinh", "tuyen",
  "truong hop", "thanh nien", "nam nu", "nguoi co uy tin", "nong dan", "hoi vien nong dan", "dien dan",
  "khu dan cu", "htx", "tht", "tieu chi", "co do", "nhan vien y te", "nhan vien", "can", "vu", "ca",
  "le hoi", "bien bao", "cay", "to truong", "truong thon", "lien hoan",
];

/** What a plan written in English counts, the noun that ends a count's phrase (`30 community communication teams`). */
export const ENGLISH_COUNT_NOUNS = [
  "teams", "team", "clubs", "club", "dialogues", "dialogue", "addresses", "address", "communes", "districts", "villages",
  "women", "girls", "men", "boys", "people", "persons", "households", "members", "participants", "classes", "courses",
  "sessions", "trainings", "workshops", "meetings", "events", "campaigns", "models", "groups", "cooperatives",
  "schools", "students", "children", "officers", "volunteers", "trainers", "cases", "couples", "forums",
];

/** Words after a number that make it a time or an age, never a target (`6 tháng`, `16 tuổi`). */
export const TIME_WORDS = ["nam", "thang", "ngay", "quy", "tuan", "gio", "phut", "giay", "tuoi", "the ky", "nhiem ky"];

/** Area words after `/` or `mỗi` that make a per-area quota (`01 tổ/xã`, `mỗi xã 01 tổ`). */
export const AREA_WORDS = [
  "xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh", "thon", "ban", "ap", "xom",
  "to dan pho", "khu dan cu", "khu pho", "don vi", "truong", "co so", "dia ban", "cum", "lang", "doi", "chi hoi", "chi doan",
];

/** Words after `/` that make a rate, never a target (`1 lần/năm`, `50.000 đồng/người`). */
export const RATE_WORDS = [...TIME_WORDS, "nguoi", "ho", "lop", "hoc sinh", "buoi", "lan", "dot", "khoa", "thang", "suat"];

/** Words that begin a percent's predicate, ending its base (`15% thành viên … tiếp cận …`). */
export const PREDICATE_WORDS = [
  "duoc", "bi", "tham gia", "tiep can", "phat trien", "ap dung", "su dung", "biet", "nam duoc", "dat",
  "hoan thanh", "thuc hien", "tro len", "co viec lam", "co kien thuc", "tham du", "nhan", "ung dung",
  "lam chu", "sinh con", "khong con", "thay doi", "hieu", "xay dung",
];

/**
 * Verbs of building and caring for what a target counts (folded), that a plan lists before a figure they share
 * (`sửa chữa, nâng cấp 07 công trình`).
 */
export const WORK_VERBS = [
  "xay dung", "xay moi", "sua chua", "nang cap", "cai tao", "mo rong", "lap dat", "trang bi", "thanh lap", "cung co",
  "kien toan", "duy tri", "hoan thien", "duy tu", "bao duong", "khoi phuc", "phuc hoi", "tu bo", "chinh trang",
];

/** Words that end a unit phrase and are never a unit themselves. */
export const STOP_WORDS = [
  "va", "hoac", "trong", "cua", "cac", "nhung", "den", "tu", "tai", "voi", "cho", "tren", "duoi", "la", "thi",
  "se", "da", "dang", "duoc", "de", "theo", "ve", "o", "nay", "do", "khi", "neu", "ma", "hay", "moi", "so",
  "nam", "thang", "ngay", "tro", "len", "trieu", "ty", "nghin", "ngan", "dong", "gom", "bao", "tong", "con",
];

/** Comparisons stated before a number. */
export const AT_LEAST = ["it nhat", "toi thieu", "tren", "hon", "khong duoi", "khong it hon", "vuot"];
export const AT_MOST = ["duoi", "khong qua", "toi da", "khong vuot qua", "khong vuot", "con", "xuong con", "xuong duoi"];

/** Words counting people (folded): `350 người` and `350 lao động` may count the same people. */
export const PEOPLE = ["nguoi", "thanh vien", "hoi vien", "phu nu", "can bo", "hoc sinh", "hoc vien", "lao dong", "tre em", "doan vien", "cong chuc", "vien chuc", "to truong"];
