import { Copy, Text } from "@medusajs/ui"

type Props = { token: string; full?: boolean; testId: string }

/** A point's publishable key with a copy button: shortened in tables, whole where it is handed over. */
export const PublishableKey = ({ token, full = false, testId }: Props) => (
  <div className="flex items-center gap-x-1" data-testid={testId} data-token={token}>
    <Text size="xsmall" className={`font-mono text-ui-fg-subtle ${full ? "break-all" : "whitespace-nowrap"}`} title={token}>
      {full || token.length <= 16 ? token : `${token.slice(0, 10)}…${token.slice(-4)}`}
    </Text>
    <Copy content={token} className="text-ui-fg-muted shrink-0" />
  </div>
)
