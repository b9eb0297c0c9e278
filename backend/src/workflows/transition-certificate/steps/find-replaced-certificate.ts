import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canTransition, liveCertificate } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export type ReplacedCertificate = { id: string; from: string; reason: "renewed" | "upgraded" | "downgraded" }

/**
 * When the office verifies a producer's submission (pending_review → valid), the product's certificate
 * in force until then is replaced by it: one product, one certificate in force. Returns the certificate
 * to supersede (with the reason from the star ratings), or null when there is none. A suspended one must
 * be decided first (revoked or cleared): the new decision does not silently bury an open case.
 */
export const findReplacedCertificateStep = createStep(
  "find-replaced-certificate",
  async (input: { certificate_id: string; from: string; to: string; stars: number }, { container }) => {
    if (input.from !== "pending_review" || input.to !== "valid") {
      return new StepResponse(null as ReplacedCertificate | null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["id", "product.certificates.*"],
      filters: { id: input.certificate_id },
    })
    const others = (((data[0] as any)?.product?.certificates ?? []) as any[]).filter((c) => c && c.id !== input.certificate_id)
    const live = liveCertificate(others)
    if (!live) {
      return new StepResponse(null as ReplacedCertificate | null)
    }
    if (live.status === "suspended") {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.CERTIFICATE_REPLACES_SUSPENDED,
        "Sản phẩm đang có giấy chứng nhận bị tạm dừng để xem xét: hãy thu hồi hoặc khôi phục giấy đó trước khi xác nhận giấy mới",
        "The product's current certificate is suspended: revoke or reinstate it before verifying a new one"
      )
    }
    if (!canTransition(live.status, "superseded")) {
      return new StepResponse(null as ReplacedCertificate | null)
    }
    const reason = input.stars > live.stars ? "upgraded" : input.stars < live.stars ? "downgraded" : "renewed"
    return new StepResponse({ id: live.id as string, from: live.status as string, reason } as ReplacedCertificate | null)
  }
)
