import type { ZodError } from "zod";
import type { FieldError } from "./api-error.ts";

/** Dotted form of a field path: `["orbs", "trine"]` → `orbs.trine`, `["a", 0]` → `a[0]`. */
export function dotted(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Flattens a ZodError into field errors, one per field. Unknown keys get one error each, named by
 * their own path, so a client sees exactly which field to remove.
 */
export function fieldErrorsFromZod(error: ZodError): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({ path: dotted([...issue.path, key]), message: "unknown field" });
      }
    } else {
      errors.push({ path: dotted(issue.path) || "(body)", message: issue.message });
    }
  }
  return errors;
}
