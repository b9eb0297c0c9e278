import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listStock, requirePoint } from "@/lib/data/pos"
import LabelsForm from "@/modules/pos/components/labels-form"

type Props = { params: Promise<{ pointId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.labels")
  return { title: t("title") }
}

export default async function LabelsPage({ params }: Props) {
  const { pointId } = await params
  await requirePoint(pointId)
  const stock = await listStock(pointId)
  const t = await getTranslations("pos.labels")
  return (
    <div className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
      <h1 className="font-display text-xl font-bold text-brand-900 sm:text-2xl">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <LabelsForm pointId={pointId} stock={stock} />
    </div>
  )
}
