export * from "./regions";
export * from "./posyandu";
export * from "./users";
export * from "./audit";
export * from "./reference";
