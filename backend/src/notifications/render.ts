/**
 * E-mail building blocks: every value that comes from data is escaped once here, so a product title
 * or a producer's name can never inject markup into a message. Templates are plain functions
 * returning { subject, html, text }: no template engine, nothing compiled at runtime.
 */

export type RenderedEmail = { subject: string; html: string; text: string }

/** A piece of HTML already escaped (or written by us): the only thing `html` interpolates raw. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

/** Tagged template: interpolated values are escaped unless they are SafeHtml (or arrays of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]
  values.forEach((value, i) => {
    const part = Array.isArray(value)
      ? value.map((v) => (v instanceof SafeHtml ? v.value : escapeHtml(v))).join("")
      : value instanceof SafeHtml
        ? value.value
        : escapeHtml(value)
    out += part + strings[i + 1]
  })
  return new SafeHtml(out)
}

/** One line of a subject or a text body: no line breaks from data (a header cannot be split). */
export function oneLine(value: unknown): string {
  return String(value ?? "")
    .replace(/[\r\n]+/g, " ")
    .trim()
}

export type Row = { label: string; value: string }

/** The shared frame of every message: title, paragraphs, an optional table of lines, a footer. */
export function layout(input: {
  title: string
  intro: string[]
  table?: { head: string[]; rows: string[][] }
  after?: string[]
  rows?: Row[]
}) {
  const { title, intro, table, after = [], rows = [] } = input
  const body = html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#f6f5f0;font-family:Arial,Helvetica,sans-serif;color:#1f2a1f">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<p style="margin:0 0 16px;font-weight:bold;color:#2f6b3a">OCOP Market</p>
<h1 style="font-size:20px;margin:0 0 16px">${title}</h1>
${intro.map((p) => html`<p style="margin:0 0 12px;line-height:1.5">${p}</p>`)}
${rows.length ? html`<table style="border-collapse:collapse;margin:0 0 16px">${rows.map((r) => html`<tr><td style="padding:4px 12px 4px 0;color:#5b665b">${r.label}</td><td style="padding:4px 0;font-weight:bold">${r.value}</td></tr>`)}</table>` : ""}
${
  table
    ? html`<table style="width:100%;border-collapse:collapse;margin:0 0 16px"><thead><tr>${table.head.map((h) => html`<th style="text-align:left;border-bottom:1px solid #d9d6c8;padding:6px 4px">${h}</th>`)}</tr></thead><tbody>${table.rows.map((r) => html`<tr>${r.map((c) => html`<td style="border-bottom:1px solid #eeece2;padding:6px 4px">${c}</td>`)}</tr>`)}</tbody></table>`
    : ""
}
${after.map((p) => html`<p style="margin:0 0 12px;line-height:1.5">${p}</p>`)}
<p style="margin:24px 0 0;font-size:12px;color:#5b665b">Thư này được gửi tự động từ OCOP Market — chợ sản phẩm OCOP được chứng nhận. Vui lòng không trả lời thư này.</p>
</div></body></html>`
  const text = [
    "OCOP Market",
    "",
    title,
    "",
    ...intro,
    ...(rows.length ? ["", ...rows.map((r) => `${r.label}: ${r.value}`)] : []),
    ...(table ? ["", ...table.rows.map((r) => `- ${r.join(" | ")}`)] : []),
    ...(after.length ? ["", ...after] : []),
    "",
    "Thư này được gửi tự động từ OCOP Market. Vui lòng không trả lời thư này.",
  ].join("\n")
  return { html: body.value, text }
}
