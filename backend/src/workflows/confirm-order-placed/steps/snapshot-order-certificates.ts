import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectiveStatus, liveCertificate } from "@ocop/domain"
import type { StoredCertificate } from "../../../lib/public-certificate"

type Snapshot = { id: string; metadata: Record<string, unknown> | null }

/** An order line's metadata lives on the line and on its per-version detail, which API responses read. */
async function writeLineMetadata(container: any, lines: Snapshot[]) {
  const orders = container.resolve(Modules.ORDER)
  await orders.updateOrderLineItems(lines.map((l) => ({ selector: { id: l.id }, data: { metadata: l.metadata } })))
  await orders.updateOrderItem(lines.map((l) => ({ selector: { item_id: l.id }, data: { metadata: l.metadata } })))
}

/**
 * Writes on each order line the certificate it was sold under (code, stars, decision, validity) and
 * the producer's legal identity, so the order keeps showing what the shopper bought even after the
 * certificate is renewed, downgraded or revoked.
 */
export const snapshotOrderCertificatesStep = createStep(
  "snapshot-order-certificates",
  async ({ order_id, now }: { order_id: string; now: string }, { container }) => {
    const at = new Date(now) // workflow data is serialised: dates travel as ISO strings
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id", "items.metadata"],
      filters: { id: order_id },
    })
    const items = ((order?.items ?? []) as any[]).filter(Boolean)
    const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))]
    if (!productIds.length) {
      return new StepResponse(0, [] as Snapshot[])
    }
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "certificates.*", "producer.name", "producer.tax_code", "producer.address", "producer.province_code"],
      filters: { id: productIds },
    })
    const byProduct = new Map(products.map((p: any) => [p.id, p]))
    const previous: Snapshot[] = items.map((i) => ({ id: i.id, metadata: i.metadata ?? null }))
    const updates = items
      .filter((i) => byProduct.has(i.product_id))
      .map((item) => {
        const product: any = byProduct.get(item.product_id)
        const live = liveCertificate(((product.certificates ?? []) as StoredCertificate[]).filter(Boolean))
        return {
          selector: { id: item.id },
          data: {
            metadata: {
              ...(item.metadata ?? {}),
              ocop_certificate: live
                ? {
                    verification_code: live.verification_code,
                    stars: live.stars,
                    decision_number: live.decision_number,
                    issuer: live.issuer,
                    issued_at: live.issued_at,
                    valid_until: live.valid_until,
                    status: effectiveStatus(live, at),
                  }
                : null,
              ocop_producer: product.producer
                ? {
                    name: product.producer.name,
                    tax_code: product.producer.tax_code ?? null,
                    address: product.producer.address ?? null,
                  }
                : null,
            },
          },
        }
      })
    await writeLineMetadata(
      container,
      updates.map((u) => ({ id: u.selector.id, metadata: u.data.metadata }))
    )
    return new StepResponse(updates.length, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await writeLineMetadata(container, previous)
    }
  }
)
