import { Table, Text } from "@medusajs/ui"
import { useLang } from "../../hooks/use-lang"
import { usePublishableKeysByChannel, useSalesPoints } from "../../hooks/use-retail"
import { provinceName, salesPointCategoryName } from "../../lib/domain"
import { ChannelBadge } from "./channel-badge"
import { ListSection } from "./list-section"
import { OpenSalesPointDrawer } from "./open-sales-point-drawer"
import { PublishableKey } from "./publishable-key"
import { StaffDrawer } from "./staff-drawer"

/** The office's points of sale: where, who runs them, whether they sell, their key for POS software. */
export const SalesPointTable = () => {
  const { lang, t } = useLang()
  const query = useSalesPoints()
  const keys = usePublishableKeysByChannel()
  const points = query.data?.sales_points ?? []

  return (
    <ListSection
      testId="retail-points"
      title={t("retail.points.title")}
      action={<OpenSalesPointDrawer />}
      query={query}
      rows={query.data?.sales_points}
      emptyText={t("retail.points.empty")}
    >
      <Table data-testid="retail-points-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("retail.points.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.points.place")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.points.operator")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.points.channel")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.points.key")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {points.map((p) => {
            const key = p.sales_channel ? keys.data?.get(p.sales_channel.id) : undefined
            return (
              <Table.Row key={p.id} data-testid="retail-point-row" data-point-id={p.id} className="[&_td]:align-top">
                <Table.Cell className="min-w-[220px] max-w-[300px] py-3">
                  <Text size="small" weight="plus" className="whitespace-normal" data-testid="retail-point-name-cell">
                    {p.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal" data-testid="retail-point-category-cell">
                    {salesPointCategoryName(p.location_category, lang) ?? p.location_category}
                  </Text>
                </Table.Cell>
                <Table.Cell className="min-w-[200px] max-w-[280px] py-3">
                  <Text size="small" className="whitespace-normal">
                    {p.address || t("common.none")}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal" data-testid="retail-point-province">
                    {[p.commune, provinceName(p.province_code) ?? p.province_code].filter(Boolean).join(", ")}
                  </Text>
                </Table.Cell>
                <Table.Cell className="min-w-[180px] max-w-[260px] py-3">
                  <Text size="small" className="whitespace-normal">
                    {p.operator || t("common.none")}
                  </Text>
                  {p.opening_hours && (
                    <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">
                      {p.opening_hours}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="py-3 whitespace-nowrap">
                  <ChannelBadge disabled={p.sales_channel?.is_disabled} testId="retail-point-channel" />
                </Table.Cell>
                <Table.Cell className="py-3">
                  {key ? (
                    <PublishableKey token={key.token} testId="retail-point-key" />
                  ) : (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {keys.isLoading ? t("common.loading") : t("retail.points.noKey")}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="py-3 text-right whitespace-nowrap">
                  <StaffDrawer point={p} listStaff />
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </ListSection>
  )
}
