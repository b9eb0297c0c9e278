import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { OFFICE_MODULE } from "../modules/office"
import type OfficeModuleService from "../modules/office/service"
import { assignOfficeScopeWorkflow } from "../workflows/assign-office-scope"

/**
 * The first national OCOP office account. Every other scope is assigned by a national account in
 * the admin (POST /admin/ocop/office-scopes); this one needs server access, like `medusa user`:
 *   npx medusa exec ./src/scripts/grant-national-scope.ts admin@example.vn
 * The dev and e2e stacks run it for the bootstrap admin (scripts/lib/backend.mjs). An account that
 * already has a scope keeps it.
 */
export default async function grantNationalScope({ container, args }: ExecArgs) {
  const email = args?.[0] || process.env.ADMIN_EMAIL || "admin@ocop.local"
  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  if (!user) {
    throw new Error(`Không có người dùng ${email} (no such user): create it first with \`medusa user -e ${email}\``)
  }
  const office: OfficeModuleService = container.resolve(OFFICE_MODULE)
  if (await office.scopeOfUser(user.id)) {
    console.log(`• ${email} đã có phạm vi văn phòng OCOP (already has a scope)`)
    return
  }
  await assignOfficeScopeWorkflow(container).run({
    input: { user_id: user.id, scope: "national", province_code: null, assigned_by: null },
  })
  console.log(`• ${email}: văn phòng OCOP toàn quốc (national office scope)`)
}
