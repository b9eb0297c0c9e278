import sharp from "sharp"
import { ERROR_CODES, ocopError } from "../errors"
import type { UploadKind } from "./file-type"

export type UploadPurpose = "image" | "document"

/** What a producer may keep uploaded: a small allowance while awaiting approval (onboarding documents only). */
export const UPLOAD_QUOTAS = {
  approved: { files: 300, bytes: 300 * 1024 * 1024 },
  pending_approval: { files: 5, bytes: 10 * 1024 * 1024 },
} as const

/** Uploads no product, logo, certificate or dossier refers to after this long are removed (jobs/remove-orphan-uploads). */
export const ORPHAN_UPLOAD_HOURS = 24

export const IMAGE_KINDS: UploadKind[] = ["image/jpeg", "image/png", "image/webp"]

/** `?purpose=`: image slots by default; decision scans and dossiers are documents (an image or a PDF). */
export function purposeOf(query: unknown): UploadPurpose {
  return query === "certificate_scan" || query === "document" ? "document" : "image"
}

export function quotaFor(approvalStatus: string, purpose: UploadPurpose) {
  if (approvalStatus === "approved") return UPLOAD_QUOTAS.approved
  if (approvalStatus === "pending_approval") {
    if (purpose !== "document") {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.UPLOAD_NOT_APPROVED,
        "Chủ thể đang chờ duyệt chỉ được tải giấy tờ hồ sơ (quyết định, giấy phép); ảnh sản phẩm sau khi được duyệt",
        "A producer awaiting approval may upload onboarding documents only"
      )
    }
    return UPLOAD_QUOTAS.pending_approval
  }
  throw ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.UPLOAD_NOT_ALLOWED,
    "Chủ thể bị từ chối hoặc tạm ngừng không thể tải tệp lên",
    "A rejected or suspended producer cannot upload files"
  )
}

export function assertWithinQuota(
  quota: { files: number; bytes: number },
  used: { files: number; bytes: number },
  adding: { files: number; bytes: number }
) {
  if (used.files + adding.files > quota.files || used.bytes + adding.bytes > quota.bytes) {
    const mb = Math.round(quota.bytes / 1024 / 1024)
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.UPLOAD_QUOTA,
      `Đã hết hạn mức tải tệp: tối đa ${quota.files} tệp, ${mb} MB (đang dùng ${used.files} tệp)`,
      `Upload quota reached: at most ${quota.files} files, ${mb} MB`
    )
  }
}

/**
 * An image decoded and encoded again in its own format: only the pixels survive (no metadata, no
 * trailing bytes, no second file hidden behind the first — a PNG+HTML polyglot comes out a PNG).
 * Oriented by its EXIF first; anything sharp cannot decode is refused.
 */
export async function reencodeImage(buffer: Buffer, kind: UploadKind, name: string): Promise<Buffer> {
  try {
    const image = sharp(buffer, { limitInputPixels: 50_000_000, failOn: "error" }).rotate()
    if (kind === "image/jpeg") return await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
    if (kind === "image/png") return await image.png({ compressionLevel: 9 }).toBuffer()
    return await image.webp({ quality: 85 }).toBuffer()
  } catch {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.UPLOAD_BROKEN_IMAGE,
      `Ảnh hỏng hoặc không đọc được: ${name}`,
      `Broken or unreadable image: ${name}`
    )
  }
}

/** A PDF starts with %PDF- and ends with %%EOF (allowing trailing whitespace). */
export function looksLikePdf(buffer: Buffer): boolean {
  return buffer.subarray(0, 5).toString("latin1") === "%PDF-" && /%%EOF\s*$/.test(buffer.subarray(-1024).toString("latin1"))
}
