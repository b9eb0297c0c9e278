// Before the integration files: the migrated template database they all clone (helpers/template-database.ts).
import { loadEnv } from "@medusajs/utils"
import { ensureMigratedTemplate } from "./helpers/template-database"

export default async function globalSetup() {
  loadEnv("test", process.cwd())
  await ensureMigratedTemplate()
}
