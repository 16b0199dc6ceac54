export * from "./workbook";
export * from "./address";
export * from "./plan";
export * from "./text";
export * from "./finding";
export * from "./table";
export * from "./report";
export * from "./errors";
