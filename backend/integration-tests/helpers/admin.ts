import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { assignOfficeScopeWorkflow } from "../../src/workflows/assign-office-scope"

/**
 * An OCOP office user (Medusa admin) and the bearer header its requests carry. National by default;
 * `{ province: "42" }` makes a provincial officer (Hà Tĩnh), `{ unscoped: true }` an account with no
 * OCOP authority at all.
 */
export async function createOfficeUser(
  container: MedusaContainer,
  email = "office@ocop.test",
  options: { province?: string; unscoped?: boolean } = {}
) {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  if (!options.unscoped) {
    await assignOfficeScopeWorkflow(container).run({
      input: {
        user_id: user.id,
        scope: options.province ? "province" : "national",
        province_code: options.province ?? null,
        assigned_by: null,
      },
    })
  }
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { jwtSecret } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    { secret: jwtSecret, expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}
