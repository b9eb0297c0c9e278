import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"

/** Append-only history of a certificate: every status change with who, when, why and the document. */
export const CertificateEvent = model.define("certificate_event", {
  id: model.id({ prefix: "ocevt" }).primaryKey(),
  certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  document_url: model.text().nullable(),
  occurred_at: model.dateTime(),
})
