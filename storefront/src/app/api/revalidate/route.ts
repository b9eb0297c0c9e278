import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { checkSignature, parseRevalidateBody, SeenSignatures, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/revalidate-signature"

const seen = new SeenSignatures()

const REFUSALS = {
  unsigned: "Thiếu chữ ký (missing signature)",
  invalid: "Chữ ký không hợp lệ (invalid signature)",
  stale: "Chữ ký đã quá 5 phút (signature older than 5 minutes)",
  replayed: "Yêu cầu đã được gửi trước đó (replayed request)",
} as const

/**
 * Called by the backend when listings change: `{ "tags": ["listing", "product-<handle>",
 * "certificate-<code>"] }`. The `x-ocop-timestamp` header holds the signing time (Unix seconds) and
 * `x-ocop-signature` the hex HMAC-SHA256 of `<timestamp>.<raw body>` under REVALIDATE_SECRET;
 * calls older than five minutes, altered or sent twice are refused.
 */
export async function POST(request: NextRequest) {
  const rawBody = await request.text()
  const check = checkSignature({
    rawBody,
    signature: request.headers.get(SIGNATURE_HEADER),
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    secret: process.env.REVALIDATE_SECRET,
    now: Date.now(),
    seen,
  })
  if (!check.ok) {
    return NextResponse.json({ type: "unauthorized", code: `signature_${check.reason}`, message: REFUSALS[check.reason] }, { status: 401 })
  }
  const tags = parseRevalidateBody(rawBody)
  if (!tags) {
    return NextResponse.json(
      { type: "invalid_data", message: 'Nội dung phải là { "tags": string[] } (expected a JSON body { "tags": string[] })' },
      { status: 400 }
    )
  }
  for (const tag of tags) revalidateTag(tag)
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
