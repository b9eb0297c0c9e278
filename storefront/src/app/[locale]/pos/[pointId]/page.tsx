import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { requirePoint } from "@/lib/data/pos"
import Counter from "@/modules/pos/components/counter"

type Props = { params: Promise<{ pointId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.counter")
  return { title: t("title") }
}

/** The counter screen of one point (the layout has checked the session and the point). */
export default async function CounterPage({ params }: Props) {
  const { pointId } = await params
  const { point } = await requirePoint(pointId)
  return <Counter pointId={point.id} open={point.open} />
}
