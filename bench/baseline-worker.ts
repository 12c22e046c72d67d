// The baseline of the request benchmarks: a Worker that answers every request with a constant
// JSON body, run with wrangler dev in the same runtime as the API. Orrery is measured against it.
const BODY = '{"status":"ok"}';

export default {
  fetch(): Response {
    return new Response(BODY, { headers: { "Content-Type": "application/json" } });
  },
};
