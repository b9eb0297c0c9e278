import type { Metadata } from "next"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { verifyCertificate } from "@/lib/data/certificates"
import UnrecognisedTemplate from "@/modules/verify/templates/unrecognised-template"
import VerifyTemplate from "@/modules/verify/templates/verify-template"

type Props = {
  params: Promise<{ locale: string; code: string }>
}

function decodeCode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  const t = await getTranslations({ locale: locale as "vi" | "en", namespace: "metadata" })
  return { title: t("verifyTitle", { code: decodeCode(code) }), robots: { index: false } }
}

/** Public origin of this storefront: STOREFRONT_URL when set (behind a proxy/CDN), else the request's host. */
async function publicOrigin(): Promise<string> {
  const configured = process.env.STOREFRONT_URL
  if (configured) return configured.replace(/\/+$/, "")
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https")
  return `${proto}://${host}`
}

/** Public certificate verification: what the QR code on a shelf label opens. */
export default async function VerifyPage({ params }: Props) {
  const { locale, code: rawCode } = await params
  const code = decodeCode(rawCode)
  const certificate = await verifyCertificate(code)
  if (!certificate) notFound()

  const pageUrl = `${await publicOrigin()}/${locale}/verify/${encodeURIComponent(certificate.verification_code)}`
  // a submission under review or a rejected one: the office vouches for nothing on it
  if (!certificate.recognised) return <UnrecognisedTemplate certificate={certificate} pageUrl={pageUrl} />
  return <VerifyTemplate certificate={certificate} pageUrl={pageUrl} />
}
