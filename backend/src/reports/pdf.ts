import { existsSync } from "node:fs"
import path from "node:path"
import PDFDocument from "pdfkit"
import { NO_DATA_MESSAGE, type Cell, type Column, type ReportModel, type Section, viDate } from "./programme-report"

/**
 * Inter (SIL Open Font License 1.1, see fonts/OFL.txt) covers every Vietnamese letter; pdfkit's
 * built-in Helvetica does not. `medusa build` compiles TypeScript only, so a production server
 * (.medusa/server) finds the fonts in the backend's source tree.
 */
const FONT_FILES = { regular: "Inter-Regular.ttf", medium: "Inter-Medium.ttf" }

function fontDir(): string {
  const candidates = [
    path.join(__dirname, "fonts"),
    path.resolve(process.cwd(), "src/reports/fonts"),
    path.resolve(process.cwd(), "../../src/reports/fonts"),
  ]
  try {
    candidates.push(path.join(path.dirname(require.resolve("@ocop/backend/package.json")), "src/reports/fonts"))
  } catch {
    // not installed as a workspace package: the candidates above cover it
  }
  const dir = candidates.find((d) => existsSync(path.join(d, FONT_FILES.regular)))
  if (!dir) throw new Error(`Report font ${FONT_FILES.regular} not found in ${candidates.join(", ")}`)
  return dir
}

const vnNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

function formatCell(value: Cell, column: Column): string {
  if (value === null || value === undefined || value === "") return column.kind === "text" ? "" : "—"
  if (typeof value === "number") {
    if (column.kind === "vnd") return `${vnNumber.format(value)} ₫`
    return vnNumber.format(value)
  }
  if (column.kind === "date") return viDate(value)
  return value
}

const GREEN = "#1f6f43"
const GREY = "#667085"
const RED = "#b42318"

/** The report as an A4 PDF with Vietnamese text: national header, summary, sections, target progress bars. */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const fonts = fontDir()
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 48, left: 40, right: 40 },
    bufferPages: true,
    info: {
      Title: `${model.title} — ${model.province} — ${model.periodLabel}`,
      Author: "OCOP Market",
      Subject: `Báo cáo chương trình OCOP ${model.province}, ${model.periodLabel}`,
    },
  })
  doc.registerFont("regular", path.join(fonts, FONT_FILES.regular))
  doc.registerFont("medium", path.join(fonts, FONT_FILES.medium))
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage()
  }

  // National header, as on provincial reports
  doc.font("medium").fontSize(10).fillColor("black")
  doc.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left, doc.y, { width, align: "center" })
  doc.font("regular").text("Độc lập – Tự do – Hạnh phúc", { width, align: "center" })
  doc.moveDown(1)
  doc.font("medium").fontSize(14).fillColor(GREEN).text(model.title, { width, align: "center" })
  doc.moveDown(0.3)
  doc
    .font("medium")
    .fontSize(12)
    .fillColor("black")
    .text(`${model.province} — Kỳ báo cáo: ${model.periodLabel}`, { width, align: "center" })
  doc.font("regular").fontSize(9).fillColor(GREY)
  doc.text(
    `Số liệu tính đến ngày ${viDate(model.asOf)} · Lập lúc ${new Date(model.generatedAt).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}`,
    { width, align: "center" }
  )
  doc.moveDown(0.8)
  if (!model.hasData) {
    doc.font("medium").fontSize(12).fillColor(RED).text(NO_DATA_MESSAGE, { width, align: "center" })
    doc.moveDown(0.8)
  }

  const drawTable = (section: Section) => {
    ensure(60)
    doc.font("medium").fontSize(11).fillColor(GREEN).text(section.title, left, doc.y, { width })
    if (section.note) doc.font("regular").fontSize(8).fillColor(GREY).text(section.note, { width })
    doc.moveDown(0.3)
    const total = section.columns.reduce((n, c) => n + c.width, 0)
    const widths = section.columns.map((c) => (c.width / total) * width)
    const drawRow = (cells: string[], header: boolean) => {
      doc.font(header ? "medium" : "regular").fontSize(8)
      const heights = cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 6 }))
      const h = Math.max(...heights, 8) + 6
      if (doc.y + h > bottom()) {
        doc.addPage()
        if (!header)
          drawRow(
            section.columns.map((c) => c.header),
            true
          )
        doc.font("regular").fontSize(8)
      }
      const y = doc.y
      if (header) doc.rect(left, y, width, h).fill("#e8f0e8")
      let x = left
      cells.forEach((text, i) => {
        const numeric = !header && section.columns[i].kind !== "text" && section.columns[i].kind !== "date"
        doc.fillColor("black").text(text, x + 3, y + 3, { width: widths[i] - 6, align: numeric ? "right" : "left" })
        x += widths[i]
      })
      doc
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .lineWidth(0.3)
        .strokeColor("#d0d5dd")
        .stroke()
      doc.x = left
      doc.y = y + h
    }
    drawRow(
      section.columns.map((c) => c.header),
      true
    )
    if (!section.rows.length) {
      doc
        .font("regular")
        .fontSize(8)
        .fillColor(GREY)
        .text(NO_DATA_MESSAGE, left + 3, doc.y + 3, { width })
      doc.fillColor("black")
    }
    for (const r of section.rows) {
      drawRow(
        section.columns.map((c, i) => formatCell(r[i], c)),
        false
      )
    }
    doc.moveDown(0.8)
  }

  const drawProgress = () => {
    if (!model.progress.length) return
    ensure(40)
    doc.font("medium").fontSize(11).fillColor(GREEN).text("Tiến độ so với chỉ tiêu", left, doc.y, { width })
    doc.moveDown(0.3)
    for (const p of model.progress) {
      ensure(30)
      const y = doc.y
      doc.font("regular").fontSize(8).fillColor("black")
      const labelHeight = doc.heightOfString(p.label, { width: width * 0.55 })
      doc.text(p.label, left, y, { width: width * 0.55 })
      const barX = left + width * 0.57
      const barW = width * 0.25
      doc.rect(barX, y + 1, barW, 7).fill("#eaecf0")
      const ratio = Math.max(0, Math.min(1, (p.progress ?? 0) / 100))
      if (ratio > 0) doc.rect(barX, y + 1, barW * ratio, 7).fill(ratio >= 1 ? GREEN : "#3e8e5e")
      const figure = `${p.actual === null ? "—" : vnNumber.format(p.actual)}${p.unit} / ${vnNumber.format(p.value)}${p.unit}`
      doc.fillColor(GREY).text(figure, barX + barW + 6, y, { width: width * 0.18 - 6, align: "right" })
      doc.x = left
      doc.y = y + Math.max(labelHeight, 10) + 5
    }
    doc.moveDown(0.8)
  }

  model.sections.forEach((section, i) => {
    drawTable(section)
    if (i === 0) drawProgress()
  })

  ensure(40)
  doc.font("medium").fontSize(9).fillColor("black").text("Ghi chú", left, doc.y, { width })
  for (const note of model.notes) doc.font("regular").fontSize(8).fillColor(GREY).text(`• ${note}`, { width })

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // pdfkit starts a new page for text below the bottom margin: lift the margin for the footer line
    const margin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font("regular").fontSize(7).fillColor(GREY)
    doc.text(`${model.province} · ${model.periodLabel} · Trang ${i + 1}/${range.count}`, left, doc.page.height - 30, {
      width,
      align: "center",
      lineBreak: false,
    })
    doc.page.margins.bottom = margin
  }
  doc.end()
  return done
}
