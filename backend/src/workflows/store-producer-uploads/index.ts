import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { assertWithinUploadQuotaStep } from "./steps/assert-within-upload-quota"
import { recordUploadsStep } from "./steps/record-uploads"

export type StoreProducerUploadsInput = {
  producer_id: string
  purpose: "image" | "document"
  /** what the producer may keep uploaded (lib/uploads/policy.ts quotaFor) */
  quota: { files: number; bytes: number }
  files: Array<{ filename: string; mimeType: string; content: string; size: number }>
}

/**
 * Stores checked (and re-encoded) files through Medusa's file module and records them against the
 * producer, unless they would take it past its quota.
 */
export const storeProducerUploadsWorkflow = createWorkflow("store-producer-uploads", (input: WorkflowData<StoreProducerUploadsInput>) => {
  assertWithinUploadQuotaStep(
    transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      quota: input.quota,
      adding: { files: input.files.length, bytes: input.files.reduce((sum, f) => sum + f.size, 0) },
    }))
  )
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map((f) => ({ filename: f.filename, mimeType: f.mimeType, content: f.content, access: "public" as const })),
    })),
  })
  const uploads = recordUploadsStep(
    transform({ input, stored }, ({ input, stored }) =>
      (stored as any[]).map((f, i) => ({
        producer_id: input.producer_id,
        file_id: f.id,
        url: f.url,
        purpose: input.purpose,
        content_type: input.files[i].mimeType,
        size: input.files[i].size,
      }))
    )
  )
  return new WorkflowResponse(stored)
})
