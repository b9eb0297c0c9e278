import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { FairTable } from "../../components/retail/fair-table"
import { SalesPointTable } from "../../components/retail/sales-point-table"
import { OfficePageHeader } from "../../components/office-page-header"
import { useLang } from "../../hooks/use-lang"

/** The OCOP office's points of sale and trade fairs: open them, give staff a login, see what to return. */
const OcopRetailPage = () => {
  const { t } = useLang()
  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-retail">
      <Container className="p-0">
        <OfficePageHeader title={t("retail.title")} subtitle={t("retail.subtitle")} />
      </Container>
      <SalesPointTable />
      <FairTable />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán & hội chợ", icon: BuildingStorefront })

export default OcopRetailPage
