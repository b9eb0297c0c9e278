import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../modules/retail"
import { ERROR_CODES } from "../../lib/errors"
import type RetailModuleService from "../../modules/retail/service"

/**
 * JWTs stay valid until they expire, so the POS checks the staff member on every request: removed
 * or disabled staff are refused at once, and tokens issued before the office ended their sessions
 * (`sessions_revoked_at`) no longer open anything.
 */
export async function requireActiveStaff(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
    const [staff] = await retail.listStaff(
      { id: req.auth_context.actor_id },
      { select: ["id", "disabled_at", "sessions_revoked_at"], take: 1 }
    )
    // iat is in whole seconds: a token from the same second as the revocation counts as before it
    const issuedAt = Number((req.auth_context as any).iat ?? 0)
    const revokedAt = staff?.sessions_revoked_at ? Math.floor(new Date(staff.sessions_revoked_at).getTime() / 1000) : null
    if (!staff || staff.disabled_at || (revokedAt !== null && issuedAt <= revokedAt)) {
      res.status(401).json({
        type: "unauthorized",
        code: staff?.disabled_at ? ERROR_CODES.POS_STAFF_DISABLED : ERROR_CODES.POS_SESSION_ENDED,
        message: staff?.disabled_at
          ? "Tài khoản nhân viên đã bị văn phòng OCOP khoá (this staff login is disabled)"
          : "Phiên đăng nhập đã kết thúc, vui lòng đăng nhập lại (session ended, please log in again)",
      })
      return
    }
    next()
  } catch (error) {
    next(error)
  }
}
