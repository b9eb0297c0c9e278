// dist/esm holds ES modules while the package itself is CommonJS: a nested package.json says so to Node.
import { writeFileSync } from "node:fs"

writeFileSync(new URL("../dist/esm/package.json", import.meta.url), JSON.stringify({ type: "module" }) + "\n")
