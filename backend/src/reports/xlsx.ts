import ExcelJS from "exceljs"
import { neutraliseSpreadsheetFormula } from "@ocop/domain"
import { NO_DATA_MESSAGE, type Cell, type Column, type ReportModel, viDate } from "./programme-report"

const NUM_FORMATS: Record<Column["kind"], string | undefined> = {
  text: undefined,
  int: "#,##0",
  vnd: '#,##0 "₫"',
  percent: "0.0",
  date: undefined,
}

function cellValue(value: Cell, column: Column): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return column.kind === "text" ? "" : null
  if (column.kind === "date" && typeof value === "string") return viDate(value)
  // product titles and producer names come from producers: never a formula when the office edits the sheet
  return neutraliseSpreadsheetFormula(value)
}

/** The report as an XLSX workbook: a summary sheet with the header, then one sheet per section. */
export async function renderReportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "OCOP Market"
  workbook.title = `${model.title} — ${model.province} — ${model.periodLabel}`
  workbook.created = new Date(model.generatedAt)

  model.sections.forEach((section, index) => {
    const sheet = workbook.addWorksheet(section.sheet)
    let row = 1
    const line = (text: string, opts: Partial<ExcelJS.Font> = {}) => {
      sheet.getCell(row, 1).value = neutraliseSpreadsheetFormula(text)
      sheet.getCell(row, 1).font = { name: "Arial", ...opts }
      row++
    }
    if (index === 0) {
      line(model.title, { bold: true, size: 13 })
      line(`${model.province} — Kỳ báo cáo: ${model.periodLabel}`, { bold: true })
      line(
        `Số liệu tính đến ngày ${viDate(model.asOf)}; lập lúc ${new Date(model.generatedAt).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}`
      )
      if (!model.hasData) line(NO_DATA_MESSAGE, { bold: true, color: { argb: "FFB42318" } })
      row++
    }
    line(section.title, { bold: true, size: 12 })
    if (section.note) line(section.note, { italic: true })
    const header = sheet.getRow(row)
    section.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1)
      cell.value = c.header
      cell.font = { name: "Arial", bold: true }
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F0E8" } }
      cell.border = { bottom: { style: "thin" } }
    })
    row++
    if (!section.rows.length) {
      line(NO_DATA_MESSAGE, { italic: true })
    }
    for (const values of section.rows) {
      const r = sheet.getRow(row++)
      section.columns.forEach((c, i) => {
        const cell = r.getCell(i + 1)
        cell.value = cellValue(values[i], c)
        const fmt = typeof cell.value === "number" && !Number.isInteger(cell.value) ? "0.0" : NUM_FORMATS[c.kind]
        if (fmt && typeof cell.value === "number") cell.numFmt = fmt
      })
    }
    if (index === 0) {
      row++
      for (const note of model.notes) line(`Ghi chú: ${note}`, { italic: true })
    }
    section.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = Math.max(10, Math.round(c.width * 11))
    })
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
