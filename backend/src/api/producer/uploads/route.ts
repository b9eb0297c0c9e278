import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { slugify } from "@ocop/domain"
import { producerOf, type ProducerRequest } from "../context"
import { sniffFileType, type UploadKind } from "../uploads"

const IMAGE_KINDS: UploadKind[] = ["image/jpeg", "image/png", "image/webp"]
const EXTENSION: Record<UploadKind, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" }

/**
 * Product photos, logos and decision scans through Medusa's file module. The type is read from the
 * file's first bytes; a decision scan (?purpose=certificate_scan) may also be a PDF. Nothing is
 * stored unless every file passes.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const files = ((req as any).files ?? []) as { originalname: string; mimetype: string; buffer: Buffer; size: number }[]
  if (!files.length) {
    return res.status(400).json({ type: "invalid_data", code: "ocop.upload.empty", message: 'Chưa chọn tệp nào (send files in the "files" field)' })
  }
  const allowed = req.query.purpose === "certificate_scan" ? [...IMAGE_KINDS, "application/pdf"] : IMAGE_KINDS
  const kinds = files.map((f) => sniffFileType(f.buffer))
  const refused = files.filter((_, i) => !kinds[i] || !allowed.includes(kinds[i]!))
  if (refused.length) {
    return res.status(400).json({
      type: "invalid_data",
      code: "ocop.upload.type",
      message: `Chỉ nhận ảnh JPEG, PNG hoặc WebP${allowed.includes("application/pdf") ? " và PDF" : ""}: ${refused
        .map((f) => f.originalname)
        .join(", ")} (only JPEG, PNG, WebP${allowed.includes("application/pdf") ? " or PDF" : ""} files)`,
    })
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f, i) => {
        const base = slugify(f.originalname.replace(/\.[^.]*$/, "")).slice(0, 60) || "tep"
        return {
          filename: `${producer.handle}-${base}.${EXTENSION[kinds[i]!]}`,
          mimeType: kinds[i]!,
          content: f.buffer.toString("base64"),
          access: "public" as const,
        }
      }),
    },
  })
  res.status(201).json({ files: result.map((f: any) => ({ id: f.id, url: f.url })) })
}
