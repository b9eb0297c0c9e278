import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { recordUploadsStep } from "./steps/record-uploads"

export type StoreProducerUploadsInput = {
  producer_id: string
  purpose: "image" | "document"
  files: Array<{ filename: string; mimeType: string; content: string; size: number }>
}

/** Stores checked (and re-encoded) files through Medusa's file module and records them against the producer. */
export const storeProducerUploadsWorkflow = createWorkflow("store-producer-uploads", (input: WorkflowData<StoreProducerUploadsInput>) => {
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
