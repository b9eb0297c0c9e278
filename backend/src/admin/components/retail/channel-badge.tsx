import { Badge } from "@medusajs/ui"
import { useLang } from "../../hooks/use-lang"

type Props = { disabled: boolean | undefined; labels?: Record<"enabled" | "disabled", string>; testId?: string }

/** Whether a point's (or booth's) sales channel sells right now. */
export const ChannelBadge = ({ disabled, labels, testId }: Props) => {
  const { t } = useLang()
  const text = labels ?? { enabled: t("retail.channel.enabled"), disabled: t("retail.channel.disabled") }
  return (
    <Badge size="2xsmall" color={disabled ? "grey" : "green"} data-testid={testId} data-disabled={disabled ? "true" : "false"}>
      {disabled ? text.disabled : text.enabled}
    </Badge>
  )
}
