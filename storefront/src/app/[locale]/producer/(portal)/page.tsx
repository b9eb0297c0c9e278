import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getDashboard, getPortalSession, type Dashboard } from "@/lib/data/producer"
import DashboardView from "@/modules/producer/templates/dashboard"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.dashboard")
  return { title: t("title") }
}

export default async function ProducerDashboardPage() {
  const session = await getPortalSession()
  if (session.state !== "ready") return null
  let dashboard: Dashboard
  try {
    dashboard = await getDashboard()
  } catch {
    dashboard = { producer: session.producer, certificates: [], low_stock: [], new_orders: [], counts: {} }
  }
  return <DashboardView dashboard={dashboard} memberName={session.member.name || session.producer.name} />
}
