import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const BACKEND = path.join(ROOT, "backend")
export const STOREFRONT = path.join(ROOT, "storefront")
