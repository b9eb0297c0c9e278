import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listPortalCertificates } from "@/lib/data/producer"
import CertificateList from "@/modules/producer/templates/certificate-list"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.certificates")
  return { title: t("title") }
}

export default async function ProducerCertificatesPage() {
  const certificates = await listPortalCertificates()
  return <CertificateList certificates={certificates} />
}
