import { nothere } from "./helper.mjs";
