import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listProducerConsignments } from "@/lib/data/consignments"
import ConsignmentList from "@/modules/producer/templates/consignment-list"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.consignments")
  return { title: t("title") }
}

export default async function ProducerConsignmentsPage() {
  return <ConsignmentList consignments={await listProducerConsignments()} />
}
