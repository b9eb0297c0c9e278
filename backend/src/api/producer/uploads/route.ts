import type { MedusaResponse } from "@medusajs/framework/http"
import { slugify } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { sniffFileType, type UploadKind } from "../../../lib/uploads/file-type"
import { IMAGE_KINDS, looksLikePdf, purposeOf, quotaFor, reencodeImage } from "../../../lib/uploads/policy"
import { storeProducerUploadsWorkflow } from "../../../workflows/store-producer-uploads"
import { producerOf, type ProducerRequest } from "../context"

const EXTENSION: Record<UploadKind, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" }

/**
 * Product photos, logos and decision scans through Medusa's file module. Approved producers upload
 * within their quota; a producer awaiting approval only onboarding documents, a few. The type is read
 * from the file's first bytes; images are decoded and encoded again (only pixels are stored); a
 * document (?purpose=certificate_scan|document) may also be a PDF. Nothing is stored unless every
 * file passes.
 */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const files = ((req as any).files ?? []) as { originalname: string; mimetype: string; buffer: Buffer; size: number }[]
  if (!files.length) {
    throw ocopError("INVALID_DATA", ERROR_CODES.UPLOAD_EMPTY, "Chưa chọn tệp nào", 'send files in the "files" field')
  }
  const purpose = purposeOf(req.query.purpose)
  const quota = quotaFor(producer.approval_status, purpose)

  const allowed = purpose === "document" ? [...IMAGE_KINDS, "application/pdf"] : IMAGE_KINDS
  const kinds = files.map((f) => sniffFileType(f.buffer))
  const refused = files.filter(
    (f, i) => !kinds[i] || !allowed.includes(kinds[i]!) || (kinds[i] === "application/pdf" && !looksLikePdf(f.buffer))
  )
  if (refused.length) {
    const pdf = allowed.includes("application/pdf")
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.UPLOAD_TYPE,
      `Chỉ nhận ảnh JPEG, PNG hoặc WebP${pdf ? " và PDF" : ""}: ${refused.map((f) => f.originalname).join(", ")}`,
      `only JPEG, PNG, WebP${pdf ? " or PDF" : ""} files`
    )
  }
  const contents = await Promise.all(
    files.map((f, i) => (kinds[i] === "application/pdf" ? f.buffer : reencodeImage(f.buffer, kinds[i]!, f.originalname)))
  )

  const { result } = await storeProducerUploadsWorkflow(req.scope).run({
    input: {
      producer_id: producer.id,
      purpose,
      quota: { files: quota.files, bytes: quota.bytes },
      files: files.map((f, i) => {
        const base = slugify(f.originalname.replace(/\.[^.]*$/, "")).slice(0, 60) || "tep"
        return {
          filename: `${producer.handle}-${base}.${EXTENSION[kinds[i]!]}`,
          mimeType: kinds[i]!,
          content: contents[i].toString("base64"),
          size: contents[i].length,
        }
      }),
    },
  })
  res.status(201).json({ files: (result as any[]).map((f) => ({ id: f.id, url: f.url })) })
}
