import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listMovements, listStock, requirePoint } from "@/lib/data/pos"
import StockTemplate from "@/modules/pos/templates/stock-template"

type Props = { params: Promise<{ pointId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.stock")
  return { title: t("title") }
}

export default async function StockPage({ params }: Props) {
  const { pointId } = await params
  const { me, point } = await requirePoint(pointId)
  const [stock, movements] = await Promise.all([listStock(pointId), listMovements(pointId)])
  return <StockTemplate me={me} point={point} stock={stock} movements={movements.movements} />
}
