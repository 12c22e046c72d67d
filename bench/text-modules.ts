// Node stand-in for the Text modules of wrangler.toml's [[rules]]: importing a
// `*.generated.txt` file gives its text as the default export, as it does in the Worker. Node
// benches that import the gazetteer load this first: `import "./text-modules.ts";`.
import { registerHooks } from "node:module";

registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith(".generated.txt")) return nextLoad(url, context);
    const source = `import { readFileSync } from "node:fs";
export default readFileSync(new URL(import.meta.url), "utf8");`;
    return { format: "module", source, shortCircuit: true };
  },
});
