import { visit } from "jsonc-parser";

/**
 * Deepest nesting of objects and arrays a request body may have. The deepest schema (a reading
 * with an inline chart and its orbs) nests three levels; the limit also keeps the scanner's
 * recursion far from the stack's end.
 */
export const MAX_JSON_DEPTH = 32;

/** A JSON path: member names and array indexes from the root, `["chart", "orbs", "trine"]`. */
export type JsonPath = (string | number)[];

/**
 * What makes a body that `JSON.parse` accepts unacceptable to us:
 * - `duplicate_member`: an object names a member twice (`path` ends with the repeated name).
 *   `JSON.parse` keeps the last value silently, while another parser (a proxy's, a WAF's, a
 *   client library's) may keep the first: the same bytes would mean two things (RFC 8259 §4
 *   leaves it to implementations; I-JSON, RFC 7493 §2.3, forbids duplicates).
 * - `too_deep`: nested deeper than {@link MAX_JSON_DEPTH} (`path` where it passes the limit).
 */
export type StrictJsonProblem =
  | { kind: "duplicate_member"; path: JsonPath }
  | { kind: "too_deep"; path: JsonPath };

/** Thrown inside the visitor to stop the scan at the first problem. */
class Found extends Error {
  readonly problem: StrictJsonProblem;
  constructor(problem: StrictJsonProblem) {
    super(problem.kind);
    this.problem = problem;
  }
}

/**
 * Scans JSON text for the first {@link StrictJsonProblem}, with Microsoft's `jsonc-parser`
 * scanner in strict mode (no comments, no trailing commas). Member names are compared after
 * unescaping, as `JSON.parse` compares them (`"a"` and `"\u0061"` are the same name). Returns
 * undefined when there is none, and also when `JSON.parse` refuses the text: that is the JSON
 * parser's to answer (`malformed_json`), not this check's. Bodies are at most 16 KiB, so parsing
 * twice costs little.
 */
export function findStrictJsonProblem(text: string): StrictJsonProblem | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isPlainlyStrict(text, value)) return undefined;
  return scanForProblem(text);
}

/**
 * A quick exact test that `text`, which `JSON.parse` accepted as `value`, has neither problem, so
 * the common body skips the scanner below (whose visitor closures cost ~4% of the chart compute
 * route's CPU, docs/PERFORMANCE_GUIDE.md). In valid JSON every `:` outside strings ends one member
 * name, so the text names as many members as the parsed value has keys exactly when no object
 * names one twice (`JSON.parse` keeps one key per repeated name); and counting `{`/`[` against
 * `}`/`]` outside strings is the nesting the scanner measures. Anything else (a duplicate, too
 * deep) goes to the scanner, which finds the problem and its path.
 */
function isPlainlyStrict(text: string, value: unknown): boolean {
  let members = 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character (\", \\, \uXXXX).
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x3a) members++;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > MAX_JSON_DEPTH) return false;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return members === countKeys(value);
}

/** Own keys of every object in a parsed JSON value (nesting already checked to be shallow). */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countKeys(item);
    return count;
  }
  for (const key in value) {
    count += 1 + countKeys((value as Record<string, unknown>)[key]);
  }
  return count;
}

/** The first problem of text `JSON.parse` accepted, with jsonc-parser's strict scanner. */
function scanForProblem(text: string): StrictJsonProblem | undefined {
  const names: Set<string>[] = [];
  let depth = 0;
  let syntaxError = false;
  const enter = (pathSupplier: () => JsonPath) => {
    depth += 1;
    if (depth > MAX_JSON_DEPTH) throw new Found({ kind: "too_deep", path: pathSupplier() });
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_offset, _length, _line, _column, pathSupplier) => {
          enter(pathSupplier);
          names.push(new Set());
        },
        onObjectEnd: () => {
          depth -= 1;
          names.pop();
        },
        onArrayBegin: (_offset, _length, _line, _column, pathSupplier) => enter(pathSupplier),
        onArrayEnd: () => {
          depth -= 1;
        },
        onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
          const seen = names.at(-1);
          if (seen?.has(name)) {
            throw new Found({ kind: "duplicate_member", path: [...pathSupplier(), name] });
          }
          seen?.add(name);
        },
        // Never seen on text JSON.parse accepts (the property tests check); if the scanners
        // ever disagree, the text is left to the JSON parser rather than judged on a misreading.
        onError: () => {
          syntaxError = true;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (error instanceof Found) return syntaxError ? undefined : error.problem;
    throw error;
  }
  return undefined;
}
