import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { getPosMe } from "@/lib/data/pos"
import PointPicker from "@/modules/pos/templates/point-picker"

/** Staff home: log in, then the only point's counter or a choice between points. */
export default async function PosHome() {
  const locale = await getLocale()
  const me = await getPosMe()
  if (!me) redirect(`/${locale}/pos/login`)
  if (me.points.length === 1) redirect(`/${locale}/pos/${me.points[0].id}`)
  return <PointPicker me={me} />
}
