import { CONFIG_KIND_LABEL } from "../config/kinds";
import { draftFor, locationOf } from "./draftFor";
import { nameScan } from "./nameScan";
import type { Rule } from "./Rule";

export const missingName: Rule = {
  id: "missing-name",
  defaultSeverity: "error",
  description: "An object has an empty name.",
  explanation:
    "Stat Server finds every campaign object by its name (an agent by its employee ID, but " +
    "the person still needs a user name). An object without one cannot be asked for, and " +
    "composed ids built from it are malformed. Such objects come from incomplete or edited " +
    "exports. Give the object its name, or remove it.",
  check(context, report) {
    const { model } = context;
    for (const object of nameScan(context).unusual) {
      if (object.name.trim() !== "") continue;
      const field = object.kind === "person" ? "user name" : "name";
      const blank = object.name === "" ? "no" : "a blank";
      report(
        draftFor(
          model,
          object,
          `${CONFIG_KIND_LABEL[object.kind]} at ${locationOf(object.source)} in ${object.source.file} has ${blank} ${field}.`,
          null,
        ),
      );
    }
  },
};
