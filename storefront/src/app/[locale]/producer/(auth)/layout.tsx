import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

/** Login, registration and onboarding: one narrow column, no portal navigation yet. */
export default function ProducerAuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-6 sm:py-10">
      <ClientMessages area="producer">{children}</ClientMessages>
    </div>
  )
}
