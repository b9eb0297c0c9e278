import { existsSync } from "node:fs"
import path from "node:path"
import bwipjs from "bwip-js"
import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { formatVnd, isValidGtin } from "@ocop/domain"
import type { LookupResult } from "../../../../../modules/retail/queries/counter-catalogue"
import { verifyUrl } from "../../../../../modules/retail/verify-url"

/** Same Inter font as the programme reports (covers every Vietnamese letter). */
function fontFile(name: string): string {
  const candidates = [
    path.resolve(__dirname, "../../../../../reports/fonts", name),
    path.resolve(process.cwd(), "src/reports/fonts", name),
    path.resolve(process.cwd(), "../../src/reports/fonts", name),
  ]
  const found = candidates.find((c) => existsSync(c))
  if (!found) throw new Error(`Label font ${name} not found in ${candidates.join(", ")}`)
  return found
}

function drawStars(doc: PDFKit.PDFDocument, x: number, y: number, count: number, size = 9) {
  for (let s = 0; s < count; s++) {
    const cx = x + s * (size + 2) + size / 2
    const cy = y + size / 2
    const points: Array<[number, number]> = []
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? size / 2 : size / 5
      const a = -Math.PI / 2 + (i * Math.PI) / 5
      points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
    }
    doc.polygon(...points).fill("#b7791f")
  }
  doc.fillColor("black")
}

/** A product may carry stars and the verify QR only while its certificate is listable: never a local non-OCOP product. */
const badged = (r: LookupResult) => !!r.ocop && r.ocop.listable

/**
 * A4 sheets of labels: `shelf` (3 × 8 price labels: name, price in VND, stars for certified products,
 * a QR to the public verify page and the GTIN barcode) or `qr` (4 × 6 stickers: verify QR, stars, code).
 */
export async function labelsPdf(results: LookupResult[], format: "shelf" | "qr"): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { Title: "Nhãn sản phẩm OCOP", Producer: "OCOP Market" } })
  doc.registerFont("regular", fontFile("Inter-Regular.ttf"))
  doc.registerFont("medium", fontFile("Inter-Medium.ttf"))
  const chunks: Buffer[] = []
  doc.on("data", (c) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))

  const margin = 20
  const cols = format === "shelf" ? 3 : 4
  const rows = format === "shelf" ? 8 : 6
  const w = (595.28 - 2 * margin) / cols
  const h = (841.89 - 2 * margin) / rows
  const qrs = new Map<string, Buffer>()
  for (const r of results.filter(badged)) {
    qrs.set(r.ocop!.verification_code, await QRCode.toBuffer(verifyUrl(r.ocop!.verification_code), { margin: 0, width: 240 }))
  }
  const barcodes = new Map<string, Buffer>()
  if (format === "shelf") {
    for (const r of results) {
      const code = r.variant.barcode
      if (code && isValidGtin(code) && (code.length === 13 || code.length === 8)) {
        barcodes.set(
          code,
          await bwipjs.toBuffer({ bcid: code.length === 13 ? "ean13" : "ean8", text: code, scale: 2, height: 8, includetext: true })
        )
      }
    }
  }

  results.forEach((r, index) => {
    const slot = index % (cols * rows)
    if (index > 0 && slot === 0) doc.addPage()
    const x = margin + (slot % cols) * w
    const y = margin + Math.floor(slot / cols) * h
    doc
      .lineWidth(0.5)
      .strokeColor("#999999")
      .rect(x + 2, y + 2, w - 4, h - 4)
      .stroke()
    const pad = 8
    if (format === "shelf") {
      const qrSize = badged(r) ? 46 : 0
      doc.font("medium").fontSize(9).fillColor("black")
      doc.text(r.product.title, x + pad, y + pad, { width: w - 2 * pad - qrSize - 4, height: 24, ellipsis: true })
      doc.font("regular").fontSize(7).fillColor("#444444")
      doc.text(r.variant.title ?? "", x + pad, y + pad + 25, { width: w - 2 * pad - qrSize - 4, height: 9, ellipsis: true })
      doc.font("medium").fontSize(14).fillColor("black")
      doc.text(r.price != null ? formatVnd(r.price) : "—", x + pad, y + pad + 35, { width: w - 2 * pad - qrSize - 4 })
      if (badged(r)) {
        drawStars(doc, x + pad, y + pad + 54, r.ocop!.stars)
        doc.image(qrs.get(r.ocop!.verification_code)!, x + w - pad - qrSize, y + pad, { width: qrSize, height: qrSize })
        doc
          .font("regular")
          .fontSize(5)
          .fillColor("#444444")
          .text(r.ocop!.verification_code, x + w - pad - qrSize, y + pad + qrSize + 1, { width: qrSize, align: "center" })
      } else if (r.local_non_ocop) {
        doc
          .font("regular")
          .fontSize(6)
          .fillColor("#444444")
          .text("Sản phẩm địa phương", x + pad, y + pad + 55)
      }
      const bar = r.variant.barcode ? barcodes.get(r.variant.barcode) : undefined
      if (bar) doc.image(bar, x + pad, y + h - pad - 24, { height: 20 })
    } else {
      const qrSize = Math.min(w, h) - 50
      if (badged(r)) {
        doc.image(qrs.get(r.ocop!.verification_code)!, x + (w - qrSize) / 2, y + pad, { width: qrSize, height: qrSize })
        drawStars(doc, x + (w - r.ocop!.stars * 11) / 2, y + pad + qrSize + 4, r.ocop!.stars)
        doc
          .font("medium")
          .fontSize(7)
          .fillColor("black")
          .text(r.ocop!.verification_code, x + pad, y + pad + qrSize + 16, { width: w - 2 * pad, align: "center" })
        doc
          .font("regular")
          .fontSize(6)
          .text(r.product.title, x + pad, y + pad + qrSize + 26, { width: w - 2 * pad, align: "center", height: 16, ellipsis: true })
      } else {
        doc
          .font("regular")
          .fontSize(7)
          .fillColor("#444444")
          .text(`${r.product.title}: không có chứng nhận OCOP còn hiệu lực, không in tem QR`, x + pad, y + pad, { width: w - 2 * pad })
      }
    }
  })
  if (!results.length) {
    doc.font("regular").fontSize(10).text("Không có sản phẩm nào để in nhãn.", margin, margin)
  }
  doc.end()
  return done
}
