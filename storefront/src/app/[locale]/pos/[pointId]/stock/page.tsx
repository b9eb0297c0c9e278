import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listMovements, listStock, requirePoint } from "@/lib/data/pos"
import { listPointConsignments } from "@/lib/data/pos-consignments"
import ConsignmentPanel from "@/modules/pos/components/consignment-panel"
import StockTemplate from "@/modules/pos/templates/stock-template"

type Props = { params: Promise<{ pointId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.stock")
  return { title: t("title") }
}

export default async function StockPage({ params }: Props) {
  const { pointId } = await params
  const { me, point } = await requirePoint(pointId)
  const [stock, movements, consignments] = await Promise.all([listStock(pointId), listMovements(pointId), listPointConsignments(pointId)])
  return (
    <div className="space-y-4">
      <ConsignmentPanel pointId={pointId} consignments={consignments} />
      <StockTemplate me={me} point={point} stock={stock} movements={movements.movements} />
    </div>
  )
}
