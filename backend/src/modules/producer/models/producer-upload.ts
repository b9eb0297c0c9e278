import { model } from "@medusajs/framework/utils"

/**
 * A file a producer uploaded through the portal: counted against the producer's quota, and removed
 * with its file when nothing (product photo, logo, certificate or dossier) refers to it in time.
 */
export const ProducerUpload = model
  .define("producer_upload", {
    id: model.id({ prefix: "pupl" }).primaryKey(),
    producer_id: model.text(),
    file_id: model.text(),
    url: model.text(),
    /** an image slot (photo, logo) or a document (decision scan, dossier: image or PDF) */
    purpose: model.enum(["image", "document"]),
    content_type: model.text(),
    size: model.number(),
  })
  .indexes([{ on: ["producer_id", "created_at"] }, { on: ["file_id"] }])
