export * from "./regions";
export * from "./posyandu";
export * from "./users";
export * from "./audit";
export * from "./reference";
export * from "./sasaran";
export * from "./pemantauan";
export * from "./kegiatan";
