import { NextResponse, type NextRequest } from "next/server"
import { MEDUSA_BACKEND_URL } from "@/lib/config"
import { getProducerToken } from "@/lib/data/producer-cookies"

/**
 * The portal's file uploads (product photos, decision scans): the browser posts multipart
 * `files` here, same origin, and this handler forwards them to the backend's POST
 * /producer/uploads with the producer's token from the httpOnly cookie. A route handler rather
 * than a server action, whose body is capped at 1 MB; the backend enforces the 5 MB limit and
 * the file types and answers in Vietnamese and English.
 */
export async function POST(request: NextRequest) {
  const token = await getProducerToken()
  if (!token) {
    return NextResponse.json({ type: "unauthorized", message: "Vui lòng đăng nhập lại (please log in again)" }, { status: 401 })
  }
  // ?purpose=certificate_scan also admits a PDF (decision scans)
  const purpose = request.nextUrl.searchParams.get("purpose") === "certificate_scan" ? "?purpose=certificate_scan" : ""
  const form = await request.formData()
  const upstream = new FormData()
  for (const file of form.getAll("files")) {
    if (typeof file !== "string") upstream.append("files", file, file.name)
  }
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (process.env.MEDUSA_PUBLISHABLE_KEY) headers["x-publishable-api-key"] = process.env.MEDUSA_PUBLISHABLE_KEY
  try {
    const response = await fetch(`${MEDUSA_BACKEND_URL}/producer/uploads${purpose}`, {
      method: "POST",
      headers,
      body: upstream,
      cache: "no-store",
    })
    const body = await response.json().catch(() => ({}))
    return NextResponse.json(body, { status: response.status })
  } catch {
    return NextResponse.json({ type: "unexpected_state", message: "Máy chủ đang bận (the server is busy)" }, { status: 502 })
  }
}
