import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
// multer ships with @medusajs/medusa (its own /admin/uploads route uses it)
// eslint-disable-next-line @typescript-eslint/no-var-requires
const multer = require("multer")

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
export const MAX_UPLOAD_FILES = 10

const memoryUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_UPLOAD_FILES },
}).array("files", MAX_UPLOAD_FILES)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: "Tệp quá lớn: tối đa 5 MB mỗi tệp (file too large: 5 MB at most)",
  LIMIT_FILE_COUNT: `Tối đa ${MAX_UPLOAD_FILES} tệp mỗi lần (at most ${MAX_UPLOAD_FILES} files)`,
  LIMIT_UNEXPECTED_FILE: `Gửi tệp trong trường "files", tối đa ${MAX_UPLOAD_FILES} tệp (send files in the "files" field)`,
}

/** multipart `files` in memory, limited in size and count; multer's errors become 400 in Vietnamese. */
export function receiveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  memoryUpload(req, res, (err: any) => {
    if (!err) return next()
    const message = MULTER_MESSAGES[err.code] ?? `Không đọc được tệp tải lên (upload could not be read: ${err.message})`
    res.status(400).json({ type: "invalid_data", code: "ocop.upload.invalid", message })
  })
}
