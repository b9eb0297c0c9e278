import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProductListable } from "@ocop/domain"
import { ocopError } from "../../../../../lib/errors"
import { toPublicCertificate } from "../../../../../lib/public-certificate"
import { toPublicProducer } from "../../../../../lib/store-product-view"

/**
 * Public certificate check, the page a QR label points to: answers for every certificate, dead ones
 * included, because a shopper holding an old label must learn that it is no longer valid.
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
      "ocop.certificate.unknown_code",
      `Mã ${code} không phải là mã của giấy chứng nhận OCOP nào`,
      `${code} is not the code of any OCOP certificate`
    )
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
      producer: toPublicProducer(product?.producer),
      current_certificate_code: currentCode,
    },
  })
}
