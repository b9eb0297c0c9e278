import type { TFunction } from "i18next"

/** The office's manual actions; `expired` and `superseded` happen by time or by a new certificate. */
export type ActionKey = "verify" | "reject" | "suspend" | "clearSuspension" | "revoke" | "reevaluate" | "extend"

export type OfficeAction = { key: ActionKey; to: string; testId: string; danger: boolean }

const BY_TARGET: Record<string, Omit<OfficeAction, "to">> = {
  rejected: { key: "reject", testId: "ocop-action-reject", danger: true },
  suspended: { key: "suspend", testId: "ocop-action-suspend", danger: true },
  revoked: { key: "revoke", testId: "ocop-action-revoke", danger: true },
  reevaluation_pending: { key: "reevaluate", testId: "ocop-action-reevaluate", danger: false },
  extended: { key: "extend", testId: "ocop-action-extend", danger: false },
}

/** Actions for a certificate in `status` given the transitions the backend allows. */
export function officeActions(status: string, allowed: readonly string[]): OfficeAction[] {
  const out: OfficeAction[] = []
  for (const to of allowed) {
    if (to === "valid") {
      out.push(
        status === "suspended"
          ? { key: "clearSuspension", to, testId: "ocop-action-clear-suspension", danger: false }
          : { key: "verify", to, testId: "ocop-action-verify", danger: false }
      )
    } else if (BY_TARGET[to]) {
      out.push({ ...BY_TARGET[to], to })
    }
  }
  return out
}

export function actionLabel(key: ActionKey, t: TFunction<"ocop">): string {
  return t(`actions.${key}`)
}
