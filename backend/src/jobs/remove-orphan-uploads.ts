import type { MedusaContainer } from "@medusajs/framework/types"
import { ORPHAN_UPLOAD_HOURS } from "../lib/uploads/policy"
import { removeOrphanUploadsWorkflow } from "../workflows/remove-orphan-uploads"

/** Uploads that no product, logo, certificate or dossier uses after ORPHAN_UPLOAD_HOURS are removed with their files. */
export async function runOrphanUploadSweep(container: MedusaContainer, now: Date) {
  const before = new Date(now.getTime() - ORPHAN_UPLOAD_HOURS * 3600 * 1000)
  const { result } = await removeOrphanUploadsWorkflow(container).run({ input: { before } })
  if (result.length) container.resolve("logger").info(`Producer uploads: ${result.length} orphan file(s) removed`)
  return result
}

/** Medusa passes its own arguments to a job; the real time is read here and only here. */
export default async function removeOrphanUploads(container: MedusaContainer) {
  await runOrphanUploadSweep(container, new Date())
}

export const config = {
  name: "remove-orphan-uploads",
  schedule: "23 * * * *",
}
