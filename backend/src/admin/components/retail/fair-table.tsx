import { Badge, Table, Text } from "@medusajs/ui"
import { useLang } from "../../hooks/use-lang"
import { useFairs } from "../../hooks/use-retail"
import { provinceName } from "../../lib/domain"
import { AddBoothDrawer } from "./add-booth-drawer"
import { ChannelBadge } from "./channel-badge"
import { CreateFairDrawer } from "./create-fair-drawer"
import { FAIR_STATE_COLOR, fairState, vnDate, vnTime } from "./fair-dates"
import { FairReturnsDrawer } from "./fair-returns-drawer"
import { ListSection } from "./list-section"
import { StaffDrawer } from "./staff-drawer"

/** Trade fairs: dates in Vietnam time, upcoming / on now / ended, booths open or closed, returns after. */
export const FairTable = () => {
  const { t } = useLang()
  const query = useFairs()
  const fairs = query.data?.fairs ?? []
  const now = new Date()

  return (
    <ListSection
      testId="retail-fairs"
      title={t("retail.fairs.title")}
      action={<CreateFairDrawer />}
      query={query}
      rows={query.data?.fairs}
      emptyText={t("retail.fairs.empty")}
    >
      <Table data-testid="retail-fairs-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("retail.fairs.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.province")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.fairs.dates")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.fairs.state")}</Table.HeaderCell>
            <Table.HeaderCell>{t("retail.fairs.booths")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {fairs.map((f) => {
            const state = fairState(f, now)
            return (
              <Table.Row key={f.id} data-testid="retail-fair-row" data-fair-id={f.id} data-state={state} className="[&_td]:align-top">
                <Table.Cell className="min-w-[200px] max-w-[280px] py-3">
                  <Text size="small" weight="plus" className="whitespace-normal">
                    {f.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">
                    {f.venue}
                  </Text>
                </Table.Cell>
                <Table.Cell className="py-3 whitespace-nowrap">{provinceName(f.province_code) ?? f.province_code}</Table.Cell>
                <Table.Cell className="py-3 whitespace-nowrap" data-testid="retail-fair-dates">
                  <Text size="small">
                    {vnDate(f.starts_at)} – {vnDate(f.ends_at)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {vnTime(f.starts_at)} – {vnTime(f.ends_at)}
                  </Text>
                </Table.Cell>
                <Table.Cell className="py-3 whitespace-nowrap">
                  <Badge size="2xsmall" color={FAIR_STATE_COLOR[state]} data-testid="retail-fair-state">
                    {t(`retail.fairs.states.${state}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="min-w-[240px] py-3">
                  {f.booths.length ? (
                    <ul className="flex flex-col gap-y-2">
                      {f.booths.map((b) => (
                        <li key={b.id} className="flex flex-wrap items-center gap-2" data-testid="retail-booth" data-booth-id={b.id}>
                          <Text size="small" className="whitespace-normal">
                            {b.name}
                          </Text>
                          <ChannelBadge
                            disabled={b.sales_channel?.is_disabled}
                            labels={{ enabled: t("retail.fairs.booth.open"), disabled: t("retail.fairs.booth.closed") }}
                            testId="retail-booth-channel"
                          />
                          {state !== "ended" && <StaffDrawer point={b} listStaff={false} />}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      {t("retail.fairs.noBooths")}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="py-3">
                  <div className="flex flex-col items-end gap-2 whitespace-nowrap">
                    {state !== "ended" && <AddBoothDrawer fair={f} />}
                    {state === "ended" && <FairReturnsDrawer fair={f} />}
                  </div>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </ListSection>
  )
}
