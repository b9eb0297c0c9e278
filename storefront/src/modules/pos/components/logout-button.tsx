import { useTranslations } from "next-intl"
import { posLogout } from "@/lib/data/pos-actions"

export default function LogoutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("pos.nav")
  return (
    <form action={posLogout} className={className}>
      <button
        type="submit"
        data-testid="pos-logout"
        className="inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
      >
        {t("logout")}
      </button>
    </form>
  )
}
