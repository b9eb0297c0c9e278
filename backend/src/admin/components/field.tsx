import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { label: string; children: ReactNode; testId?: string }

/** One label/value row of a details grid, as in the dashboard's own sections. */
export const Field = ({ label, children, testId }: Props) => (
  <div className="grid grid-cols-2 items-start gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base break-words" data-testid={testId}>
      {children}
    </div>
  </div>
)
