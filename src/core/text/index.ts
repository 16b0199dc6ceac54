export * from "./fold";
export * from "./vnNumber";
export * from "./units";
