import { Badge } from "@medusajs/ui"
import { useMyOfficeScope } from "../hooks/use-office-scope"
import { useLang } from "../hooks/use-lang"

/** The officer's scope beside a page title: "Văn phòng OCOP tỉnh Hà Tĩnh", "Toàn quốc", or a warning when none is set. */
export const OfficeScopeBadge = () => {
  const { data } = useMyOfficeScope()
  const { t } = useLang()
  if (!data) return null
  return (
    <Badge
      size="2xsmall"
      color={data.scope ? (data.scope.kind === "national" ? "purple" : "blue") : "red"}
      title={t("scopes.badge.title")}
      data-testid="office-scope"
      data-scope={data.scope?.kind ?? "none"}
    >
      {data.scope?.label ?? t("scopes.badge.none")}
    </Badge>
  )
}
