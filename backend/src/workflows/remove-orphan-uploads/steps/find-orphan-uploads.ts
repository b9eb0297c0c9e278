import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sql } from "../../../lib/sql"

/**
 * Uploads older than the cut-off that nothing refers to: no product photo or thumbnail, producer
 * logo, certificate scan or certificate event document (re-evaluation dossiers). Reads only.
 */
export const findOrphanUploadsStep = createStep("find-orphan-uploads", async (input: { before: Date | string }, { container }) => {
  const rows = await sql<{ id: string; file_id: string }>(
    container,
    `SELECT u.id, u.file_id FROM producer_upload u
      WHERE u.deleted_at IS NULL AND u.created_at < ?
        AND NOT EXISTS (SELECT 1 FROM image i WHERE i.url = u.url AND i.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM product p WHERE p.thumbnail = u.url AND p.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM producer pr WHERE pr.logo_url = u.url AND pr.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.document_url = u.url)
        AND NOT EXISTS (SELECT 1 FROM certificate_event e WHERE e.document_url = u.url)
      ORDER BY u.created_at LIMIT 500`,
    [new Date(input.before)]
  )
  return new StepResponse(rows)
})
