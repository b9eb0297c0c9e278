import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { findOrphanUploadsStep } from "./steps/find-orphan-uploads"
import { forgetUploadsStep } from "./steps/forget-uploads"

/**
 * Removes uploads nothing refers to after the cut-off: records first (restorable), the files last
 * (a deleted file cannot come back, so nothing may fail after it).
 */
export const removeOrphanUploadsWorkflow = createWorkflow("remove-orphan-uploads", (input: WorkflowData<{ before: Date | string }>) => {
  const orphans = findOrphanUploadsStep(input)
  const ids = forgetUploadsStep(transform({ orphans }, ({ orphans }) => orphans.map((o) => o.id)))
  when("files-to-delete", { orphans }, ({ orphans }) => orphans.length > 0).then(() => {
    deleteFilesWorkflow.runAsStep({ input: transform({ orphans }, ({ orphans }) => ({ ids: orphans.map((o) => o.file_id) })) })
  })
  return new WorkflowResponse(ids)
})
