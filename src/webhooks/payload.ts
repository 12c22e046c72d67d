/** The `data` of a reading event. */
export interface ReadingEventData {
  job_id: string;
  reading_id: string | null;
  chart_id: string | null;
  /** The job's final status: `succeeded` or `failed`. */
  status: string;
}

/**
 * The exact JSON text of an event, `{ "type", "timestamp", "data" }`, stored once and sent as is
 * on every attempt (signatures are over these bytes).
 */
export function eventBody(type: string, at: number, data: object): string {
  return JSON.stringify({
    type,
    timestamp: new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z"),
    data,
  });
}
