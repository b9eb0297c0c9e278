import { Heading, Text } from "@medusajs/ui"
import { OfficeScopeBadge } from "./office-scope-badge"

type Props = { title: string; subtitle: string }

/** The OCOP office pages' heading: title, subtitle and the officer's scope (province or national). */
export const OfficePageHeader = ({ title, subtitle }: Props) => (
  <div className="flex items-start justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
    <OfficeScopeBadge />
  </div>
)
