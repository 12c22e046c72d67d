/**
 * Options for a zod refinement about which fields are present (one of two forms, a field that
 * belongs to another kind): run it even when other fields failed, as long as the body is an object
 * (a field that failed keeps the value sent). Without it zod skips the refinement after any
 * field's error, and a client fixing those errors is then told of a rule it could have heard of at
 * once. Only for rules that test presence or fixed values, never a value's validity.
 */
export const EVEN_WITH_FIELD_ERRORS = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};
