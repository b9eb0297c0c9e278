import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUS_LABELS } from "@ocop/domain"
import { CERTIFICATE_CHANGED_EVENT } from "../lib/events"
import { RETAIL_MODULE } from "../modules/retail"
import type RetailModuleService from "../modules/retail/service"
import { createRetailTasksWorkflow } from "../workflows/create-retail-tasks"
import type { NewTask } from "../workflows/create-retail-tasks/steps/create-tasks"

type Change = { certificate_id: string; to: string }
type CertificateRead = { id: string; stars: number; superseded_by_id: string | null; product?: { id: string } | null }

const PULL_STATUSES = ["revoked", "suspended", "expired"] as const
const isPull = (to: string): to is (typeof PULL_STATUSES)[number] => (PULL_STATUSES as readonly string[]).includes(to)

/** What the counter must do about one product after a change of its certificate, or null (nothing). */
function workFor(change: Change, cert: CertificateRead | undefined, newer: CertificateRead | undefined) {
  const productId = cert?.product?.id
  if (!cert || !productId) return null
  if (isPull(change.to)) {
    const label = CERTIFICATE_STATUS_LABELS[change.to].vi.toLowerCase()
    const reason = `Gỡ khỏi quầy: chứng nhận OCOP ${label} — không được bán (pull from the shelf: certificate ${change.to})`
    return { kind: "pull" as const, product_id: productId, certificate_id: cert.id, reason }
  }
  if (!newer || Number(newer.stars) === Number(cert.stars)) return null
  const dir = Number(newer.stars) > Number(cert.stars) ? "nâng hạng" : "hạ hạng"
  const reason = `In lại nhãn: ${dir} ${cert.stars}★ → ${newer.stars}★ (relabel: ${cert.stars}★ → ${newer.stars}★)`
  return { kind: "relabel" as const, product_id: productId, certificate_id: newer.id, reason }
}

/**
 * The counter's work after certificate changes: a pull-list entry at every point holding the
 * product when its certificate is revoked, suspended or expired; a relabel task when a new
 * certificate supersedes it with a different star rating. The clock expires many certificates in
 * one event, so they are read together: one Query for the certificates, one for their successors,
 * one statement for the points holding their products.
 */
async function tasksForCertificateChanges(container: MedusaContainer, changes: Change[]): Promise<NewTask[]> {
  const relevant = changes.filter((c) => c?.certificate_id && (isPull(c.to) || c.to === "superseded"))
  if (!relevant.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: certs } = await query.graph({
    entity: "certificate",
    fields: ["id", "stars", "superseded_by_id", "product.id"],
    filters: { id: [...new Set(relevant.map((c) => c.certificate_id))] },
  })
  const certOf = new Map((certs as CertificateRead[]).map((c): [string, CertificateRead] => [c.id, c]))
  const successorIds = relevant
    .filter((c) => c.to === "superseded")
    .map((c) => certOf.get(c.certificate_id)?.superseded_by_id)
    .filter(Boolean) as string[]
  const { data: successors } = successorIds.length
    ? await query.graph({ entity: "certificate", fields: ["id", "stars"], filters: { id: [...new Set(successorIds)] } })
    : { data: [] as CertificateRead[] }
  const successorOf = new Map((successors as CertificateRead[]).map((c): [string, CertificateRead] => [c.id, c]))
  const work = relevant
    .map((change) => {
      const cert = certOf.get(change.certificate_id)
      return workFor(change, cert, cert?.superseded_by_id ? successorOf.get(cert.superseded_by_id) : undefined)
    })
    .filter((w): w is NonNullable<typeof w> => !!w)
  if (!work.length) return []
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const holding = await retail.listPointsHoldingProducts([...new Set(work.map((w) => w.product_id))])
  return work.flatMap((w) =>
    holding.filter((h) => h.product_id === w.product_id).map((h): NewTask => ({ ...w, point_id: h.point_id, point_kind: h.kind }))
  )
}

/** Points of sale and booths holding a product get a pull-list entry or a relabel task when its certificate changes. */
export default async function createPointOfSaleTasks({ event, container }: SubscriberArgs<Change | Change[]>) {
  const changes = Array.isArray(event.data) ? event.data : [event.data]
  const tasks = await tasksForCertificateChanges(container, changes)
  if (tasks.length) {
    await createRetailTasksWorkflow(container).run({ input: { tasks } })
  }
}

export const config: SubscriberConfig = { event: CERTIFICATE_CHANGED_EVENT }
