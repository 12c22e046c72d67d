/**
 * The one structured logger: every log line of the Worker is one JSON object on stdout, which
 * Workers Logs indexes field by field (`[observability] enabled = true` in wrangler.toml).
 *
 * A line carries `level`, `event` (a dotted name such as `request` or `job.succeeded`) and flat
 * fields. Whatever a caller passes, a line never carries birth data or secrets: fields named like
 * birth data or credentials are replaced by `"[redacted]"`, and API keys (`orr_…`), webhook secrets
 * (`whsec_…`) and bearer tokens are cut out of every string value (see {@link redactFields}).
 */

/** How serious a line is. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** The fields of a line. */
export type LogFields = Record<string, unknown>;

/** Writes structured lines; `with` returns a logger that adds fixed fields to each line. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Writes a line whose `level` and `event` are fields of `line` (the older call style). */
  write(line: { level: LogLevel; event: string } & LogFields): void;
  with(fields: LogFields): Logger;
}

/**
 * Field names never logged with their value: birth data (a chart's input) and credentials.
 * Matched case-insensitively against the whole name.
 */
const REDACTED_NAMES =
  /^(datetime|date|time|timezone|tz|latitude|longitude|lat|lon|lng|birth.*|input|chart|body|authorization|cookie|password|secret|.*_secret|token|.*_token|api_key|key|dsn|content|narrative|text)$/i;

/** Secrets recognisable by their shape, wherever they appear in a string. */
const SECRET_PATTERNS: readonly RegExp[] = [
  // A whole key (43 characters after the type), not its short loggable prefix (`orr_test_Q4tx`).
  /orr_(?:live|test)_[A-Za-z0-9_]{20,}/g,
  /whsec_[A-Za-z0-9+/=_-]+/g,
  /Bearer\s+[^\s"']+/gi,
];

/**
 * What every match of {@link SECRET_PATTERNS} contains (case-insensitively a superset): a string
 * without any of these is returned as it is after one test instead of three replacements, which
 * was most of the cost of building a line (every request writes one).
 */
const MAY_HOLD_SECRET = /orr_|whsec_|bearer/i;

/** Replaces secrets in a string by `[redacted]`. */
export function redactString(value: string): string {
  if (!MAY_HOLD_SECRET.test(value)) return value;
  let out = value;
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, "[redacted]");
  return out;
}

/** A copy of `fields` with birth data and secrets removed, recursively (depth-limited). */
export function redactFields(fields: LogFields, depth = 0): LogFields {
  const out: LogFields = {};
  for (const [name, value] of Object.entries(fields)) {
    out[name] =
      REDACTED_NAMES.test(name) && value != null ? "[redacted]" : redactValue(value, depth);
  }
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactString(value);
  if (value instanceof Error) return describeError(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return redactFields(value as LogFields, depth + 1);
}

/** An error as log fields: its name and (redacted) message, never its cause's data. */
export function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: redactString(error.message) };
  return { name: "Error", message: redactString(String(error)) };
}

const SINK: Record<LogLevel, (line: string) => void> = {
  debug: (line) => console.debug(line),
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

/** A logger whose every line carries `base` (e.g. `{ component: "reading-jobs" }`). */
export function createLogger(base: LogFields = {}): Logger {
  const emit = (level: LogLevel, event: string, fields: LogFields = {}) => {
    SINK[level](JSON.stringify(redactFields({ level, event, ...base, ...fields })));
  };
  return {
    debug: (event, fields) => emit("debug", event, fields),
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
    write: ({ level, event, ...fields }) => emit(level, event, fields),
    with: (fields) => createLogger({ ...base, ...fields }),
  };
}
