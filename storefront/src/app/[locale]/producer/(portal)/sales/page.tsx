import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getSales } from "@/lib/data/producer"
import SalesTable from "@/modules/producer/templates/sales-table"

type Props = { searchParams: Promise<{ year?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.sales")
  return { title: t("title") }
}

export default async function ProducerSalesPage({ searchParams }: Props) {
  const { year: raw } = await searchParams
  const now = new Date().getFullYear()
  const year = /^\d{4}$/.test(String(raw ?? "")) ? Number(raw) : now
  const sales = await getSales(year)
  return <SalesTable year={sales.year} months={sales.months} thisYear={now} />
}
