import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos")
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } }
}

/** The staff side of a point of sale or fair booth: its own chrome below the shop header. */
export default function PosLayout({ children }: { children: ReactNode }) {
  return (
    <div data-testid="pos" className="mx-auto w-full max-w-7xl px-3 py-4 sm:px-5 sm:py-6">
      <ClientMessages area="pos">{children}</ClientMessages>
    </div>
  )
}
