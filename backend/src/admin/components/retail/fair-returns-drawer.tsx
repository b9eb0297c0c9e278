import { Button, Drawer, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../../hooks/use-lang"
import { useFairReturns, useProducerNames } from "../../hooks/use-retail"
import type { Fair } from "../../lib/types"

/** "Hàng cần trả": after a fair, what each booth still holds, by producer, to return to them. */
export const FairReturnsDrawer = ({ fair }: { fair: Pick<Fair, "id" | "name"> }) => {
  const { t } = useLang()
  const [open, setOpen] = useState(false)
  const { data, isLoading, isError, error } = useFairReturns(fair.id, open)
  const producers = useProducerNames(data?.booths.flatMap((b) => b.items.map((i) => i.product_id)) ?? [])
  const producerOf = (productId: string) => producers.data?.get(productId) ?? t("common.none")

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="retail-fair-returns">
          {t("retail.fairs.returns")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="retail-returns" className="sm:max-w-[720px]">
        <Drawer.Header>
          <Drawer.Title>{t("retail.fairs.returnsTitle", { fair: fair.name })}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("retail.fairs.returnsIntro")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("retail.fairs.returnsIntro")}
          </Text>
          {isLoading && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("common.loading")}
            </Text>
          )}
          {isError && (
            <Text size="small" className="text-ui-fg-error">
              {t("common.loadError")}: {(error as Error)?.message}
            </Text>
          )}
          {data && !data.booths.length && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("retail.fairs.noBooths")}
            </Text>
          )}
          {data?.booths.map((booth) => {
            // grouped by producer: each producer takes back its own goods
            const items = [...booth.items].sort(
              (a, b) => producerOf(a.product_id).localeCompare(producerOf(b.product_id), "vi") || a.title.localeCompare(b.title, "vi")
            )
            const total = items.reduce((n, i) => n + i.quantity, 0)
            return (
              <section key={booth.booth_id} className="flex flex-col gap-y-2" data-testid="retail-returns-booth">
                <div className="flex items-baseline justify-between gap-x-4">
                  <Heading level="h3">{booth.name}</Heading>
                  {items.length > 0 && (
                    <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
                      {t("retail.fairs.total", { units: total })}
                    </Text>
                  )}
                </div>
                {!items.length ? (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("retail.fairs.returnsNone")}
                  </Text>
                ) : (
                  <div className="overflow-hidden rounded-lg border">
                    <Table>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell>{t("retail.fairs.producer")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("retail.fairs.product")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("retail.fairs.sku")}</Table.HeaderCell>
                          <Table.HeaderCell className="text-right whitespace-nowrap">{t("retail.fairs.quantity")}</Table.HeaderCell>
                        </Table.Row>
                      </Table.Header>
                      <Table.Body>
                        {items.map((i) => (
                          <Table.Row key={i.variant_id} data-testid="retail-returns-item" className="[&_td]:align-top">
                            <Table.Cell className="py-2 whitespace-normal">{producerOf(i.product_id)}</Table.Cell>
                            <Table.Cell className="py-2 whitespace-normal">
                              <Text size="small">{i.title}</Text>
                              <Text size="xsmall" className="text-ui-fg-subtle">
                                {i.variant_title}
                              </Text>
                            </Table.Cell>
                            <Table.Cell className="py-2 font-mono text-xs whitespace-nowrap">
                              {i.sku ?? i.barcode ?? t("common.none")}
                            </Table.Cell>
                            <Table.Cell className="py-2 text-right tabular-nums" data-testid="retail-returns-quantity">
                              {i.quantity}
                            </Table.Cell>
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  </div>
                )}
              </section>
            )
          })}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("retail.close")}
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
