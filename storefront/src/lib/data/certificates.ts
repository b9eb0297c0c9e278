import { getSdk, isNotFoundError, REVALIDATE_SECONDS } from "@/lib/config"
import { certificateTag, type UnrecognisedCertificate, type VerifiedCertificate, type VerifyCertificateResponse } from "@ocop/contract"

/**
 * Public verification of a certificate by its verification code (what a shelf QR label
 * points to), or null when the code is not a known certificate.
 */
export async function verifyCertificate(code: string): Promise<VerifiedCertificate | UnrecognisedCertificate | null> {
  try {
    const { certificate } = await getSdk().client.fetch<VerifyCertificateResponse>(`/store/ocop/verify/${encodeURIComponent(code)}`, {
      method: "GET",
      next: { tags: [certificateTag(code)], revalidate: REVALIDATE_SECONDS },
    })
    return certificate ?? null
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}
