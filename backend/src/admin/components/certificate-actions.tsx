import { Button, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../hooks/use-lang"
import { officeActions, type OfficeAction } from "../lib/actions"
import { isInReevaluationWindow } from "../lib/domain"
import type { ProductCertificate } from "../lib/types"
import { TransitionDrawer } from "./transition-drawer"

type Props = { certificate: ProductCertificate }

/** One button per transition the backend allows now; each opens the reason dialog. */
export const CertificateActions = ({ certificate }: Props) => {
  const { t } = useLang()
  const [action, setAction] = useState<OfficeAction | null>(null)
  const actions = officeActions(certificate.status, certificate.allowed_transitions)
  if (!actions.length) return null
  const now = new Date()

  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4" data-testid="ocop-actions">
      {actions.map((a) => {
        const closed = a.key === "reevaluate" && !isInReevaluationWindow(certificate.valid_until, now)
        const button = (
          <Button
            key={a.key}
            size="small"
            variant={a.danger ? "danger" : "secondary"}
            data-testid={a.testId}
            disabled={closed}
            onClick={() => setAction(a)}
          >
            {t(`actions.${a.key}`)}
          </Button>
        )
        return closed ? (
          <Tooltip key={a.key} content={t("actions.outsideWindow")}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        )
      })}
      <TransitionDrawer certificate={certificate} action={action} onClose={() => setAction(null)} />
    </div>
  )
}
