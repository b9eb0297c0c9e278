// dist/esm holds ES modules while the package itself is CommonJS: a nested package.json says so to Node.
import { writeFileSync } from "node:fs";

writeFileSync(new URL("../dist/esm/package.json", import.meta.url), JSON.stringify({ type: "module" }) + "\n");

// Node's ESM loader needs file extensions: a relative import in src/ written without `.js` builds
// fine and bundles fine (Vite, Next) but breaks every plain-Node `import "@ocop/domain"`. Load the
// build once here so such an import fails the build instead.
try {
  await import("../dist/esm/index.js");
} catch (error) {
  console.error("@ocop/domain: the ES module build does not load in Node; write relative imports in src/ with a .js extension.");
  throw error;
}
