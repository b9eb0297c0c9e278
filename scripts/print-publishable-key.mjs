// Prints the storefront's publishable key from the seeded database (used by docker-compose).
import { publishableKey } from "./lib/database.mjs"

const key = await publishableKey(process.env.DATABASE_URL)
if (!key) {
  console.error("No publishable key yet: has the backend seeded the database?")
  process.exit(1)
}
console.log(key)
