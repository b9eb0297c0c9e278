import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"
import { officeScopeLabel } from "../../../../modules/office/scope"
import { OFFICE_MODULE } from "../../../../modules/office"
import type OfficeModuleService from "../../../../modules/office/service"
import { assignOfficeScopeWorkflow } from "../../../../workflows/assign-office-scope"
import type { AdminAssignOfficeScopeType } from "./validators"

const view = (row: { scope: string; province_code: string | null } | undefined) =>
  row
    ? {
        kind: row.scope,
        province_code: row.province_code,
        label: officeScopeLabel(row.scope === "national" ? { kind: "national" } : { kind: "province", province_code: row.province_code! }),
      }
    : null

/** Every office user with the scope they hold (national accounts only): the scope assignment screen. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const users = await req.scope.resolve(Modules.USER).listUsers({}, { take: 500, order: { email: "ASC" } })
  const office: OfficeModuleService = req.scope.resolve(OFFICE_MODULE)
  const scopes = await office.listOfficeScopes({ user_id: users.map((u) => u.id) })
  const byUser = new Map(scopes.map((s) => [s.user_id, s]))
  res.json({
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      scope: view(byUser.get(u.id)),
    })),
  })
}

/** A national account sets an office user's scope (not its own, so the last national account cannot lock everyone out). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignOfficeScopeType>, res: MedusaResponse) => {
  const body = req.validatedBody
  if (body.user_id === req.auth_context.actor_id) {
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.OFFICE_OWN_SCOPE,
      "Không thể tự đổi phạm vi của chính mình; nhờ một tài khoản toàn quốc khác",
      "you cannot change your own scope"
    )
  }
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: body.user_id })
  if (!user) {
    throw ocopError("NOT_FOUND", ERROR_CODES.OFFICE_USER_NOT_FOUND, "Không tìm thấy người dùng", "user not found")
  }
  await assignOfficeScopeWorkflow(req.scope).run({
    input: {
      user_id: user.id,
      scope: body.scope,
      province_code: body.scope === "province" ? body.province_code! : null,
      assigned_by: req.auth_context.actor_id,
    },
  })
  const scope = await req.scope.resolve<OfficeModuleService>(OFFICE_MODULE).scopeOfUser(user.id)
  res.json({ user: { id: user.id, email: user.email }, scope: scope ? { ...scope, label: officeScopeLabel(scope) } : null })
}
