import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { isValidSignature, parseRevalidateBody, SIGNATURE_HEADER } from "@/lib/revalidate-signature"

/**
 * Called by the backend when listings change: `{ "tags": ["listing", "product-<handle>",
 * "certificate-<code>"] }`, signed with HMAC-SHA256 (hex) of the raw body under
 * REVALIDATE_SECRET in the `x-ocop-signature` header.
 */
export async function POST(request: NextRequest) {
  const rawBody = await request.text()
  if (!isValidSignature(rawBody, request.headers.get(SIGNATURE_HEADER), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ type: "unauthorized", message: "Invalid signature" }, { status: 401 })
  }
  const tags = parseRevalidateBody(rawBody)
  if (!tags) {
    return NextResponse.json(
      { type: "invalid_data", message: 'Expected a JSON body { "tags": string[] }' },
      { status: 400 }
    )
  }
  for (const tag of tags) revalidateTag(tag)
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
