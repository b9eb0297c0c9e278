import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { PosMe, PosPoint } from "@/types/pos"
import LogoutButton from "../components/logout-button"
import PointKind from "../components/point-kind"
import PosNav from "../components/pos-nav"

/** The bar over every POS screen: which point, who is logged in, the screens, logout. */
export default async function PosChrome({ me, point, children }: { me: PosMe; point: PosPoint; children: ReactNode }) {
  const t = await getTranslations("pos")
  return (
    <>
      <div className="pos-chrome mb-4 rounded-2xl bg-brand-900 p-3 text-white sm:p-4 print:hidden" data-testid="pos-chrome">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <span className="[&>span]:text-brand-200">
              <PointKind point={point} />
            </span>
            <p className="truncate text-lg font-semibold" data-testid="pos-point-name">
              {point.name}
            </p>
            <p className="text-sm text-brand-100">
              {t("nav.staff", { name: me.staff.name || me.staff.email })}
              {me.points.length > 1 && (
                <>
                  {" · "}
                  <Link href="/pos" className="underline underline-offset-2 hover:text-white" data-testid="pos-switch-point">
                    {t("nav.switch")}
                  </Link>
                </>
              )}
            </p>
          </div>
          <LogoutButton className="[&_button]:bg-white [&_button]:ring-white" />
        </div>
        <PosNav pointId={point.id} />
      </div>
      {!point.open && (
        <p role="status" className="mb-4 rounded-xl bg-status-suspended/10 p-3 font-medium text-status-suspended" data-testid="pos-closed">
          {t("closedBooth")}
        </p>
      )}
      {children}
    </>
  )
}
