import { NextResponse, type NextRequest } from "next/server"
import { MEDUSA_BACKEND_URL } from "@/lib/config"
import { getPosToken } from "@/lib/data/pos-cookies"

/**
 * The labels PDF of a point (shelf labels or QR stickers, A4), fetched from the backend with
 * the staff token of the httpOnly cookie and passed through to the browser.
 * `?variant_id=a&variant_id=b` (the labels form) or `?variant_ids=a,b`; `format=shelf|qr`.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ pointId: string }> }) {
  const { pointId } = await params
  const token = await getPosToken()
  const login = new URL(`/vi/pos/login?next=${encodeURIComponent(`/pos/${pointId}/labels`)}`, request.url)
  if (!token) return NextResponse.redirect(login, 303)

  const search = request.nextUrl.searchParams
  const ids = [...search.getAll("variant_id"), ...(search.get("variant_ids") ?? "").split(",")].map((s) => s.trim()).filter(Boolean)
  const format = search.get("format") === "qr" ? "qr" : "shelf"
  const url = new URL(`/pos/points/${encodeURIComponent(pointId)}/labels`, MEDUSA_BACKEND_URL)
  url.searchParams.set("variant_ids", ids.join(","))
  url.searchParams.set("format", format)

  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  if (response.status === 401) return NextResponse.redirect(login, 303)
  if (!response.ok || !response.body) {
    return new NextResponse(await response.text(), {
      status: response.status,
      headers: { "content-type": response.headers.get("content-type") ?? "text/plain" },
    })
  }
  return new NextResponse(response.body, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="ocop-labels-${format}.pdf"`,
      "cache-control": "no-store",
    },
  })
}
