import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { FairTable } from "../../components/retail/fair-table"
import { SalesPointTable } from "../../components/retail/sales-point-table"
import { OfficeScopeBadge } from "../../components/office-scope-badge"
import { useLang } from "../../hooks/use-lang"

/** The OCOP office's points of sale and trade fairs: open them, give staff a login, see what to return. */
const OcopRetailPage = () => {
  const { t } = useLang()
  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-retail">
      <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.retail.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.retail.subtitle}
          </Text>
        </div>
        <OfficeScopeBadge />
      </Container>
      <SalesPointTable />
      <FairTable />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán & hội chợ", icon: BuildingStorefront })

export default OcopRetailPage
