import { z } from "@hono/zod-openapi";
import { SCOPES } from "../../keys/principal.ts";
import { decodeCursor } from "../../lib/cursor.ts";
import { idPattern } from "../../lib/ids.ts";
import { limitQuery } from "../list.ts";
import { plainText } from "../plain-text.ts";

const KEY_ID = idPattern("key");

/** `acct_<ULID>` or `admin` (the bootstrap admin key's account). */
const OWNER = /^(?:acct_[0-9A-HJKMNP-TV-Z]{26}|admin)$/;

const owner = z
  .string()
  .max(64)
  .regex(OWNER, { message: "must be an account id acct_<ULID> or admin" });

const scope = z.enum(SCOPES).openapi({
  description:
    "`charts:read`, `charts:write`, `readings:read` (also `/v1/jobs`), `readings:write`, `webhooks:manage`, or `admin` (every scope, and key management).",
});

/** Body of `POST /v1/keys`. Unknown fields are rejected. */
export const CreateKeyRequestSchema = z
  .object({
    name: plainText(100, true).openapi({
      description:
        "What the key is for, to recognise it in lists (1–100 characters, at least one visible: not only spaces or zero-width characters; no control, line-separator or bidirectional-override characters).",
      example: "mobile app, production",
    }),
    owner: owner.optional().openapi({
      description:
        "The account the key acts for: keys of one owner share its charts and readings. A new `acct_…` when absent.",
      example: "acct_01JXYZ5V7Q9N8M2K3H4G5F6D7C",
    }),
    scopes: z
      .array(scope)
      .min(1)
      .refine((s) => new Set(s).size === s.length, { message: "must not repeat a scope" })
      .openapi({ example: ["charts:read", "charts:write"] }),
    rate_limit: z
      .object({
        requests: z.number().int().min(1).max(100_000),
        window_seconds: z.number().int().min(1).max(86_400),
      })
      .strict()
      .optional()
      .openapi({
        description:
          "The key's own limit: `requests` per `window_seconds`. The default tier when absent.",
        example: { requests: 600, window_seconds: 60 },
      }),
    expires_at: z.iso
      .datetime({
        message: "must be an ISO 8601 UTC time such as 2027-01-01T00:00:00Z",
        // A malformed time is not in the past either: one issue for the field, not two.
        abort: true,
      })
      .refine((t) => Date.parse(t) > Date.now(), { message: "must be in the future" })
      .optional()
      .openapi({
        description:
          "When the key stops working (ISO 8601 UTC, in the future; fractions of a second are dropped). Never when absent.",
        example: "2027-01-01T00:00:00Z",
      }),
  })
  .strict()
  .openapi("CreateKeyRequest");

const rateLimit = z
  .object({ requests: z.number().int(), window_seconds: z.number().int() })
  .nullable()
  .openapi({ description: "The key's own limit; null for the default tier." });

/** An API key as every admin read shows it: never the secret, never its hash. */
export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: "key_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    prefix: z.string().openapi({
      description: "The key's first characters, safe to show and log.",
      example: "orr_live_3fK9",
    }),
    name: z.string(),
    owner: z.string().openapi({ example: "acct_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
    scopes: z.array(scope),
    rate_limit: rateLimit,
    expires_at: z.string().nullable().openapi({ description: "ISO 8601 UTC; null: never." }),
    created_at: z.string().openapi({ example: "2026-01-02T03:04:05Z" }),
    revoked_at: z.string().nullable().openapi({ description: "ISO 8601 UTC; null while valid." }),
  })
  .openapi("ApiKey");

/** A key just created or rotated: with the secret, shown this once. */
export const NewApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({
    description: "The API key. Shown only in this response: store it now.",
    example: "orr_live_3fK9q0ZyB7mWcT2xLhN4dR8sVe1uJg5pKa6oXiY3bQf",
  }),
}).openapi("NewApiKey");

/** A page of keys. */
export const KeyListSchema = z
  .object({
    data: z.array(ApiKeySchema),
    next_cursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .openapi("KeyList");

/** Query of `GET /v1/keys`. */
export const ListKeysQuerySchema = z
  .object({
    limit: limitQuery,
    cursor: z
      .string()
      .max(200)
      .refine((c) => decodeCursor(c, idPattern("key")) !== undefined, {
        message: "is not a cursor this API gave",
      })
      .optional()
      .openapi({
        param: { name: "cursor", in: "query" },
        description: "`next_cursor` of the previous page.",
      }),
    owner: owner.optional().openapi({
      param: { name: "owner", in: "query" },
      description: "Only this account's keys.",
    }),
  })
  .strict();

/** Path parameter `{id}` of the key routes. */
export const KeyIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .regex(KEY_ID, { message: "must be a key id key_<ULID>" })
    .openapi({ param: { name: "id", in: "path" }, example: "key_01JXYZ5V7Q9N8M2K3H4G5F6D7C" }),
});

/** `GET /v1/keys/self`. */
export const SelfKeySchema = z
  .object({
    id: z.string().nullable().openapi({ description: "Null for the bootstrap ADMIN_API_KEY." }),
    prefix: z.string(),
    name: z.string(),
    owner: z.string(),
    scopes: z.array(scope),
    expires_at: z.string().nullable(),
    rate_limit: z
      .object({
        requests: z.number().int(),
        window_seconds: z.number().int(),
        remaining: z.number().int().nullable().openapi({
          description:
            "Requests left in the window after this one; null when the counter store could not be read.",
        }),
        reset_seconds: z.number().int().nullable().openapi({
          description: "Seconds until the quota frees up; null as `remaining`.",
        }),
      })
      .nullable()
      .openapi({
        description:
          "The limit that applies to this key (its own or the default tier) and what is left of it; null when exempt (the bootstrap admin key).",
      }),
  })
  .openapi("SelfKey");
