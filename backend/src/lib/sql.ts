import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** One SQL statement on the app's Postgres connection, `?` bindings (arrays bind as Postgres arrays: `= ANY(?)`). */
export async function sql<T = any>(container: MedusaContainer, text: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await knex.raw(text, bindings as any[])
  return result.rows as T[]
}
