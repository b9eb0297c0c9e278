import type { ReactNode } from "react"
import { requirePoint } from "@/lib/data/pos"
import PosChrome from "@/modules/pos/templates/pos-chrome"

type Props = { children: ReactNode; params: Promise<{ pointId: string }> }

/** Every screen of one point: the staff session and the point are checked once here. */
export default async function PointLayout({ children, params }: Props) {
  const { pointId } = await params
  const { me, point } = await requirePoint(pointId)
  return (
    <PosChrome me={me} point={point}>
      {children}
    </PosChrome>
  )
}
