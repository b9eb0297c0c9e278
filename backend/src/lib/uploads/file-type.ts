/** The file types a producer may upload. */
export type UploadKind = "image/jpeg" | "image/png" | "image/webp" | "application/pdf"

/** The real type of a file from its first bytes (never from the name or the declared mimetype). */
export function sniffFileType(buffer: Buffer): UploadKind | null {
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return "image/jpeg"
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png"
  if (buffer.length >= 12 && buffer.subarray(0, 4).toString("latin1") === "RIFF" && buffer.subarray(8, 12).toString("latin1") === "WEBP")
    return "image/webp"
  if (buffer.length >= 5 && buffer.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf"
  return null
}
