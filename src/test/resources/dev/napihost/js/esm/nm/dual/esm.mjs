export const which = "esm";
