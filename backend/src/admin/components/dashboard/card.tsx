import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled panel of the dashboard grid. */
export const Panel = ({
  title,
  children,
  testId,
  className,
}: {
  title: string
  children: ReactNode
  testId?: string
  className?: string
}) => (
  <Container className={`flex flex-col gap-y-3 px-5 py-4 ${className ?? ""}`} data-testid={testId}>
    <Heading level="h2">{title}</Heading>
    {children}
  </Container>
)

/** One headline figure. */
export const Kpi = ({ label, value, sub, testId }: { label: string; value: ReactNode; sub?: ReactNode; testId?: string }) => (
  <Container className="flex flex-col gap-y-1 px-5 py-4" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="text-ui-fg-base text-2xl font-semibold tabular-nums" data-testid={testId ? `${testId}-value` : undefined}>
      {value}
    </div>
    {sub && <div className="txt-compact-small text-ui-fg-subtle">{sub}</div>}
  </Container>
)

/** A horizontal progress bar (0–100 %, may pass 100 — then full). */
export const ProgressBar = ({ value, testId }: { value: number | null; testId?: string }) => {
  const pct = Math.max(0, Math.min(100, value ?? 0))
  return (
    <div className="bg-ui-bg-component h-2 w-full overflow-hidden rounded-full border border-ui-border-base" data-testid={testId}>
      <div className={`h-full rounded-full ${pct >= 100 ? "bg-ui-tag-green-icon" : "bg-ui-fg-interactive"}`} style={{ width: `${pct}%` }} />
    </div>
  )
}
