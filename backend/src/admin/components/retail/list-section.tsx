import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useLang } from "../../hooks/use-lang"

type Props = {
  testId: string
  title: string
  /** beside the title, e.g. the drawer that adds a row */
  action: ReactNode
  query: { isLoading: boolean; isError: boolean; error: unknown }
  /** undefined until loaded */
  rows: unknown[] | undefined
  emptyText: string
  /** the table, shown only when there are rows */
  children: ReactNode
}

/** A titled, scrollable table of the retail page, with its loading, error and empty states. */
export const ListSection = ({ testId, title, action, query, rows, emptyText, children }: Props) => {
  const { t } = useLang()
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {action}
      </div>
      {query.isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {query.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("common.loadError")}: {(query.error as Error)?.message}
        </Text>
      )}
      {rows && !rows.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          {emptyText}
        </Text>
      )}
      {rows && rows.length > 0 && <div className="overflow-x-auto">{children}</div>}
    </Container>
  )
}
