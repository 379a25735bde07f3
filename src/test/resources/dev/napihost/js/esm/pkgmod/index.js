export const kind = typeof require + " " + typeof module;
