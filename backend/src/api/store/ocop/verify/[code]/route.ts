import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProducerSelling, isProductListable, isRecognisedByOffice } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { toPublicCertificate } from "../../../../../lib/public-certificate"
import { toPublicProducer } from "../../../../../lib/store-product-view"

/**
 * Public certificate check, the page a QR label points to: answers for every certificate, dead ones
 * included, because a shopper holding an old label must learn that it is no longer valid. A record
 * the office never recognised (a submission under review, a rejected one) vouches for nothing: the
 * answer says so and carries no stars, issuer, product or producer. A producer the office does not
 * let sell (suspended, not approved) is not vouched for either: its details are left out.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const code = req.params.code.trim().toUpperCase()
  const { data } = await query.graph({
    entity: "certificate",
    fields: ["*", "product.id", "product.title", "product.handle", "product.thumbnail", "product.status", "product.producer.*"],
    filters: { verification_code: code },
  })
  const certificate = data[0] as any
  if (!certificate) {
    throw ocopError(
      "NOT_FOUND",
      ERROR_CODES.CERTIFICATE_UNKNOWN_CODE,
      `Mã ${code} không phải là mã của giấy chứng nhận OCOP nào`,
      `${code} is not the code of any OCOP certificate`
    )
  }
  if (!isRecognisedByOffice(certificate.status)) {
    return res.json({
      certificate: {
        verification_code: certificate.verification_code,
        recognised: false,
        status: certificate.status,
        listable: false,
        message: "Mã này chưa được Văn phòng OCOP công nhận (not recognised by the OCOP office)",
      },
    })
  }
  let currentCode: string | null = null
  if (certificate.superseded_by_id) {
    const { data: newer } = await query.graph({
      entity: "certificate",
      fields: ["verification_code"],
      filters: { id: certificate.superseded_by_id },
    })
    currentCode = newer[0]?.verification_code ?? null
  }
  const { product } = certificate
  const now = new Date()
  res.json({
    certificate: {
      ...toPublicCertificate(certificate, now),
      recognised: true,
      // on sale here: this certificate in force and the producer approved (the shared listing rule), product published
      product: product
        ? {
            id: product.id,
            title: product.title,
            handle: product.handle,
            thumbnail: product.thumbnail,
            on_sale: product.status === "published" && isProductListable(certificate, product.producer ?? null, now),
          }
        : null,
      producer: isProducerSelling(product?.producer ?? null) ? toPublicProducer(product?.producer) : null,
      current_certificate_code: currentCode,
    },
  })
}
