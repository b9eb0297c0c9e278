import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OfficeScope } from "./models/office-scope"
import { scopeOfRow, type OfficeScope as Authority } from "./scope"

class OfficeModuleService extends MedusaService({ OfficeScope }) {
  /** The scope stored for a user, or null: a user without one has no OCOP authority (fail closed). */
  @InjectManager()
  async scopeOfUser(userId: string | undefined, @MedusaContext() sharedContext: Context = {}): Promise<Authority | null> {
    if (!userId) return null
    const [row] = await this.listOfficeScopes({ user_id: userId }, {}, sharedContext)
    return scopeOfRow(row)
  }
}

export default OfficeModuleService
