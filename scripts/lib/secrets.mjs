// The local stacks' secrets (dev, e2e, bench): random values generated once and kept in the
// git-ignored .data/secrets.json, so sessions survive restarts and nothing guessable is ever used.
// A variable already set in the environment wins.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./paths.mjs"

export const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]

/** { JWT_SECRET, COOKIE_SECRET, REVALIDATE_SECRET } for a local stack; `file` is for tests. */
export function localSecrets({ file = path.join(ROOT, ".data", "secrets.json"), env = process.env } = {}) {
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const missing = SECRET_NAMES.filter((name) => !stored[name])
  if (missing.length) {
    for (const name of missing) stored[name] = randomBytes(32).toString("hex")
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name] || stored[name]]))
}
