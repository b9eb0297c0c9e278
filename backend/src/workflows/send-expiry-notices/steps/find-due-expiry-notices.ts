import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addDays, certificateEndDate, daysUntil, EXPIRY_NOTICE_DAYS, TIME_BOUND_STATUSES, vietnamDate } from "@ocop/domain"

export const EXPIRY_NOTICE_TEMPLATE = "ocop-certificate-expiring"

/** The notice band a certificate is in: the tightest of 180/120/30/7 days that `daysLeft` has reached. */
export function expiryNoticeBand(daysLeft: number): number | null {
  if (daysLeft < 0) return null
  const reached = EXPIRY_NOTICE_DAYS.filter((d) => daysLeft <= d)
  return reached.length ? Math.min(...reached) : null
}

/**
 * Notices owed now: one per certificate and band, never twice (the notification's idempotency key
 * records that it was sent, so a job running every five minutes sends each notice once).
 */
export const findDueExpiryNoticesStep = createStep("find-due-expiry-notices", async (input: { now: Date }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date(input.now)
  const { data } = await query.graph({
    entity: "certificate",
    fields: [
      "id",
      "status",
      "verification_code",
      "stars",
      "valid_until",
      "extension_until",
      "product.id",
      "product.title",
      "product.producer.*",
    ],
    // beyond the widest band nothing is owed; an extended certificate's valid_until is already past
    filters: {
      status: [...TIME_BOUND_STATUSES],
      valid_until: { $lte: addDays(vietnamDate(now), Math.max(...EXPIRY_NOTICE_DAYS)) },
    },
  })
  const candidates = (data as any[])
    .map((c) => {
      const end = certificateEndDate(c)
      const daysLeft = daysUntil(end, now)
      const band = expiryNoticeBand(daysLeft)
      return band === null ? null : { certificate: c, end, daysLeft, band, key: `ocop-expiry-${c.id}-${band}` }
    })
    .filter((n): n is NonNullable<typeof n> => !!n)
  if (!candidates.length) {
    return new StepResponse([])
  }
  const sent = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ idempotency_key: candidates.map((n) => n.key) } as any, { select: ["idempotency_key"] })
  const sentKeys = new Set(sent.map((n: any) => n.idempotency_key))
  const due = candidates
    .filter((n) => !sentKeys.has(n.key))
    .map((n) => ({
      // stored in the notification feed that the office (and, through the portal, the producer) reads
      to: n.certificate.product?.producer?.email ?? "ocop-office",
      channel: "feed",
      template: EXPIRY_NOTICE_TEMPLATE,
      idempotency_key: n.key,
      resource_id: n.certificate.id,
      resource_type: "certificate",
      receiver_id: n.certificate.product?.producer?.id ?? null,
      data: {
        certificate_id: n.certificate.id,
        verification_code: n.certificate.verification_code,
        product_id: n.certificate.product?.id ?? null,
        product_title: n.certificate.product?.title ?? null,
        producer_name: n.certificate.product?.producer?.name ?? null,
        ends_on: n.end,
        days_left: n.daysLeft,
        band_days: n.band,
        title: `Chứng nhận OCOP của «${n.certificate.product?.title ?? n.certificate.verification_code}» hết hạn sau ${n.daysLeft} ngày (${n.end})`,
      },
    }))
  return new StepResponse(due)
})
