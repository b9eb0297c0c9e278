import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { PosMe } from "@/types/pos"
import LogoutButton from "../components/logout-button"
import PointKind from "../components/point-kind"

/** A staff member of several points chooses where they work now. */
export default async function PointPicker({ me }: { me: PosMe }) {
  const t = await getTranslations("pos.picker")
  return (
    <div className="mx-auto max-w-3xl py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-1 text-muted">{t("intro", { name: me.staff.name || me.staff.email })}</p>
        </div>
        <LogoutButton />
      </div>
      {me.points.length === 0 ? (
        <p className="mt-6 rounded-2xl bg-white p-5 ring-1 ring-line" data-testid="pos-no-points">
          {t("none")}
        </p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2" data-testid="pos-point-list">
          {me.points.map((point) => (
            <li key={point.id}>
              <Link
                href={`/pos/${point.id}`}
                data-testid="pos-point-link"
                className="flex h-full min-h-24 flex-col gap-1 rounded-2xl bg-white p-5 ring-1 ring-line hover:ring-brand-500"
              >
                <PointKind point={point} />
                <span className="text-lg font-semibold text-brand-900">{point.name}</span>
                {point.address && <span className="text-sm text-muted">{point.address}</span>}
                {!point.open && <span className="text-sm font-medium text-status-suspended">{t("closed")}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
