import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations from src/db/schema.ts into migrations/, which
// `wrangler d1 migrations apply` and the test setup apply.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
