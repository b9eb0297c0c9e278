import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalCertificate } from "@/lib/data/producer"
import CertificateDetail from "@/modules/producer/templates/certificate-detail"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.certificates")
  return { title: t("title") }
}

export default async function ProducerCertificatePage({ params, searchParams }: Props) {
  const { id } = await params
  const { submitted } = await searchParams
  const certificate = await getPortalCertificate(id)
  if (!certificate) notFound()
  return <CertificateDetail certificate={certificate} submitted={submitted === "1"} />
}
