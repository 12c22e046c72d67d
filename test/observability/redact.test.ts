import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactString } from "../../src/observability/logger.ts";

/** The three replacements redactString makes, without its shortcut for strings with no secret. */
function reference(value: string): string {
  return value
    .replace(/orr_(?:live|test)_[A-Za-z0-9_]{20,}/g, "[redacted]")
    .replace(/whsec_[A-Za-z0-9+/=_-]+/g, "[redacted]")
    .replace(/Bearer\s+[^\s"']+/gi, "[redacted]");
}

const KEY = "orr_test_local_dev_admin_key_0000000000";

describe("redactString", () => {
  it("cuts keys, webhook secrets and bearer tokens in any case, and keeps other strings", () => {
    expect(redactString(`key ${KEY} used`)).toBe("key [redacted] used");
    expect(redactString("secret whsec_abc+/=_-9 here")).toBe("secret [redacted] here");
    for (const scheme of ["Bearer", "bearer", "BEARER"]) {
      expect(redactString(`Authorization: ${scheme} abc.def`)).toBe("Authorization: [redacted]");
    }
    expect(redactString("orr_test_Q4tx")).toBe("orr_test_Q4tx");
    const plain = "/v1/charts/:id";
    expect(redactString(plain)).toBe(plain);
  });

  it("agrees with the three replacements on any string, secrets mixed in or not", () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom(KEY, "orr_live_", "whsec_", "whsec_x", "Bearer ", "bEaReR\tt", "orr_", " "),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const value = parts.join("");
        expect(redactString(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
